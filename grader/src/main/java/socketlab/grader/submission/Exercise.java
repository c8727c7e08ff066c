package socketlab.grader.submission;

/**
 * The course's exercises. Each has one name in four places: its module in {@code exercises/} and
 * {@code solutions/}, its hidden test class in the grader, and its chapter in {@code handouts/}.
 */
public enum Exercise {
    SERVER("server", "socketlab.server", "ServerKu"),
    LOOPING_SERVER("looping-server", "socketlab.loopingserver", "ServerKu2"),
    CLIENT("client", "socketlab.client", "ClientKu"),
    ADDRESS_DETAIL("address-detail", "socketlab.addressdetail", "DetailSocket");

    private final String module;
    private final String javaPackage;
    private final String program;

    Exercise(String module, String javaPackage, String program) {
        this.module = module;
        this.javaPackage = javaPackage;
        this.program = program;
    }

    /** The exercise's name: its module folder, handout chapter and hidden-test key. */
    public String module() {
        return module;
    }

    /** The Java package that holds the exercise's program. */
    public String javaPackage() {
        return javaPackage;
    }

    /** The simple name of the main class, as in the seed: ServerKu, ServerKu2, ClientKu, DetailSocket. */
    public String program() {
        return program;
    }

    /** The fully qualified main class. */
    public String mainClass() {
        return javaPackage + "." + program;
    }


    /** The package as a relative folder path, with '/' separators. */
    public String packagePath() {
        return javaPackage.replace('.', '/');
    }
}
