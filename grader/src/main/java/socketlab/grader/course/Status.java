package socketlab.grader.course;

/** How one hidden test ended for a submission. Only PASSED earns the test's points; SKIPPED says
 * the points were not tested. */
public enum Status {
    PASSED("passed", "lulus"),
    FAILED("failed", "gagal"),
    TIMED_OUT("timed out", "melewati batas waktu"),
    CRASHED("crashed", "crash"),
    NOT_IMPLEMENTED("not implemented", "belum dibuat"),
    NOT_COMPILED("did not compile", "gagal dikompilasi"),
    MISSING("not handed in", "tidak dikumpulkan"),
    /** Not tested here: the machine lacks what the test needs (IPv6 loopback, a Docker engine); never counted passed. */
    SKIPPED("skipped", "dilewati");

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
