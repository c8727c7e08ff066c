package socketlab.selfcheck;

import java.util.Locale;

/**
 * The self-checks' words in one language per run: Bahasa Indonesia where {@code -Dselfcheck.lang=id} says so, or,
 * without it, where the JVM's language is Indonesian; English otherwise. A self-check writes each of its sentences
 * once in each language, side by side: {@code say("the exit code", "kode keluar")}.
 */
public final class Words {
    /** The system property that chooses the language ({@code id} or {@code en}); blank: the JVM's language. */
    public static final String LANG = "selfcheck.lang";

    private Words() {
    }

    /** The sentence in this run's language. */
    public static String say(String english, String indonesian) {
        return indonesian() ? indonesian : english;
    }

    /** Whether this run speaks Bahasa Indonesia. */
    public static boolean indonesian() {
        String chosen = System.getProperty(LANG, "").strip();
        String lang = chosen.isEmpty() ? Locale.getDefault().getLanguage() : chosen.toLowerCase(Locale.ROOT);
        // "in" is the old ISO 639 code of Indonesian, which Java gave before release 17
        return lang.equals("id") || lang.equals("in");
    }
}
