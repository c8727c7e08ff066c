package socketlab.grader.course;

/** How one hidden test ended for a submission. Only PASSED earns the test's points; SKIPPED says
 * the points were not tested; NOT_JUDGED says a behaviour another test judges failed first. */
public enum Status {
    PASSED("passed", "lulus"),
    FAILED("failed", "gagal"),
    TIMED_OUT("timed out", "melewati batas waktu"),
    CRASHED("crashed", "crash"),
    NOT_IMPLEMENTED("not implemented", "belum dibuat"),
    NOT_COMPILED("did not compile", "gagal dikompilasi"),
    MISSING("not handed in", "tidak dikumpulkan"),
    /**
     * Not judged: the test needs a behaviour another test judges (a server that accepts, a reply's header), and the
     * submission failed it first; worth 0 points, since nothing shows the test's own subject right, and its reason
     * names that behaviour, the test that judges it and that test's section.
     */
    NOT_JUDGED("not judged", "tidak dinilai"),
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
