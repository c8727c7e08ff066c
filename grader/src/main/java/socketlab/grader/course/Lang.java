package socketlab.grader.course;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The two languages of everything the grader says: Bahasa Indonesia and English. */
public enum Lang {
    ID, EN;

    /** The machine's language where the grader speaks it (its locale is Indonesian or English), else the course's, Indonesian. */
    public static Lang machine() {
        return Locale.getDefault().getLanguage().equals("en") ? EN : ID;
    }

    /** The language a {@code --lang} value names, as the command line reads it ({@code id} or {@code en}, in any case), if any. */
    public static Optional<Lang> named(String code) {
        return Arrays.stream(values()).filter(lang -> lang.name().equalsIgnoreCase(code.strip())).findFirst();
    }
}
