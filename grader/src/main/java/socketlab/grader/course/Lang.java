package socketlab.grader.course;

import java.util.Locale;

/** The two languages of everything the grader says: Bahasa Indonesia and English. */
public enum Lang {
    ID, EN;

    /** The machine's language where the grader speaks it (its locale is Indonesian or English), else the course's, Indonesian. */
    public static Lang machine() {
        return Locale.getDefault().getLanguage().equals("en") ? EN : ID;
    }

    /** The language named by a {@code grade.lang} value such as "id" or "en". */
    public static Lang of(String code) {
        return switch (code.strip().toLowerCase(Locale.ROOT)) {
            case "id", "in", "ind", "indonesia", "indonesian" -> ID;
            case "en", "eng", "english" -> EN;
            default -> throw new Problem("lang.unknown", code);
        };
    }
}
