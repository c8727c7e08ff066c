package socketlab.grader.course;

/** How one hidden test ended for a submission. Only PASSED earns the test's points. */
public enum Status {
    PASSED("passed", "lulus"),
    FAILED("failed", "gagal"),
    TIMED_OUT("timed out", "melewati batas waktu"),
    CRASHED("crashed", "crash"),
    NOT_IMPLEMENTED("not implemented", "belum dibuat"),
    NOT_COMPILED("did not compile", "gagal dikompilasi"),
    MISSING("not handed in", "tidak dikumpulkan");

    private final String english;
    private final String indonesian;

    Status(String english, String indonesian) {
        this.english = english;
        this.indonesian = indonesian;
    }

    /** The status's name in this language. */
    public String in(Lang lang) {
        return lang == Lang.ID ? indonesian : english;
    }
}
