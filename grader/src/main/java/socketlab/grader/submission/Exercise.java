package socketlab.grader.submission;

import java.util.Arrays;
import java.util.Optional;

/**
 * The course's exercises. Each has one name in four places: its module in {@code exercises/} and
 * {@code solutions/}, its hidden test class in the grader, and its chapter in {@code handouts/}.
 */
public enum Exercise {
    SERVER("server", "socketlab.server", "ServerKu", "serverku.py"),
    LOOPING_SERVER("looping-server", "socketlab.loopingserver", "ServerKu2", "serverku2.py"),
    CLIENT("client", "socketlab.client", "ClientKu", "clientku.py"),
    ADDRESS_DETAIL("address-detail", "socketlab.addressdetail", "DetailSocket", "detailsocket.py");

    private final String module;
    private final String javaPackage;
    private final String program;
    private final String seedProgram;

    Exercise(String module, String javaPackage, String program, String seedProgram) {
        this.module = module;
        this.javaPackage = javaPackage;
        this.program = program;
        this.seedProgram = seedProgram;
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

    /** The seed's Python program this exercise ports. */
    public String seedProgram() {
        return seedProgram;
    }

    /** The package as a relative folder path, with '/' separators. */
    public String packagePath() {
        return javaPackage.replace('.', '/');
    }

    /** The exercise with this module name, if any. */
    public static Optional<Exercise> byModule(String module) {
        return Arrays.stream(values()).filter(exercise -> exercise.module.equals(module)).findFirst();
    }
}
