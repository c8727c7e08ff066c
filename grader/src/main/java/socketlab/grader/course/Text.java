package socketlab.grader.course;

/** A sentence in both languages. {@link #of} fills {@code %s} places in both with the same values. */
public record Text(String en, String id) {

    /** The sentence with its {@code %s} places filled. */
    public static Text of(String en, String id, Object... values) {
        return new Text(String.format(en, values), String.format(id, values));
    }

    /**
     * The sentence with {@code {what}} replaced by {@code what} in the matching language, then its
     * {@code %s} places filled.
     */
    public static Text about(Text what, String en, String id, Object... values) {
        return new Text(String.format(en.replace("{what}", what.en.replace("%", "%%")), values),
                String.format(id.replace("{what}", what.id.replace("%", "%%")), values));
    }

    /** The same words in both languages, for what needs no translation (a compiler message, a path). */
    public static Text same(String text) {
        return new Text(text, text);
    }

    /** The sentence in this language. */
    public String in(Lang lang) {
        return lang == Lang.ID ? id : en;
    }

    /** This sentence, a separator and another one, in each language. */
    public Text then(Text next) {
        return new Text(en + "; " + next.en, id + "; " + next.id);
    }
}
