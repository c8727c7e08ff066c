package socketlab.grader.course;

/**
 * A problem with what a user gave the grader (a submission, a folder, an option's value), named by a key of
 * the grader's {@link Messages} and its values, so that the command line says it in the user's language; its
 * {@link #getMessage()} is the English. The command line ends with exit code 2 on it, never a stack trace.
 */
public final class Problem extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient Text text;

    public Problem(String key, Object... values) {
        this(Messages.both(key, values));
    }

    private Problem(Text text) {
        super(text.en());
        this.text = text;
    }

    /** The problem in both languages. */
    public Text text() {
        return text;
    }

    /** The problem in this language. */
    public String in(Lang lang) {
        return text.in(lang);
    }
}
