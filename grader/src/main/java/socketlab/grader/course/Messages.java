package socketlab.grader.course;

import java.util.Locale;
import java.util.ResourceBundle;

/**
 * What the grader's command line says to a person, from one keyed bundle ({@code socketlab/grader/Messages},
 * English, and {@code Messages_id}, Bahasa Indonesia): every message is a key and its values, never a sentence
 * written in the code.
 */
public final class Messages {
    private static final String BUNDLE = "socketlab.grader.Messages";

    private final ResourceBundle bundle;

    private Messages(ResourceBundle bundle) {
        this.bundle = bundle;
    }

    /** The messages in this language. */
    public static Messages in(Lang lang) {
        Locale locale = lang == Lang.ID ? Locale.forLanguageTag("id") : Locale.ROOT;
        return new Messages(ResourceBundle.getBundle(BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES)));
    }

    /** The message {@code key} with its {@code %s} places filled by {@code values}. */
    public String get(String key, Object... values) {
        return String.format(Locale.ROOT, bundle.getString(key), values);
    }

    /** The message in both languages. */
    public static Text both(String key, Object... values) {
        return new Text(in(Lang.EN).get(key, values), in(Lang.ID).get(key, values));
    }
}
