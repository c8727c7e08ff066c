package socketlab.grader.stubs;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import socketlab.grader.course.Exercise;

/**
 * A solution's {@code pom.xml} as the course's list says it: its artifact is the exercise's module and its
 * {@code program.main} the program's main class. A new exercise gets its first one from the list; an existing one keeps
 * its own words (its name, its description) with the list's artifact and main class.
 */
final class SolutionPoms {
    private static final Pattern ARTIFACT = Pattern.compile("(</parent>\\s*<artifactId>)[^<]*(</artifactId>)");
    private static final Pattern MAIN = Pattern.compile("(<program\\.main>)[^<]*(</program\\.main>)");

    private SolutionPoms() {
    }

    /** The pom with the list's artifact and main class. */
    static String inStep(String pom, Exercise exercise) {
        String withArtifact = ARTIFACT.matcher(pom).replaceFirst("$1" + Matcher.quoteReplacement(exercise.module()) + "$2");
        return MAIN.matcher(withArtifact).replaceFirst("$1" + Matcher.quoteReplacement(exercise.mainClass()) + "$2");
    }

    /** A new exercise's first pom: the solutions' parent, its module, its program, its main class. */
    static String first(Exercise exercise) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <project xmlns="http://maven.apache.org/POM/4.0.0"
                         xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                         xsi:schemaLocation="http://maven.apache.org/POM/4.0.0 https://maven.apache.org/xsd/maven-4.0.0.xsd">
                  <modelVersion>4.0.0</modelVersion>
                  <parent>
                    <groupId>socketlab.solutions</groupId>
                    <artifactId>solutions</artifactId>
                    <version>1.0-SNAPSHOT</version>
                  </parent>

                  <artifactId>%s</artifactId>
                  <name>%s: %s (reference solution of the course's %s)</name>

                  <properties>
                    <program.main>%s</program.main>
                  </properties>
                </project>
                """.formatted(exercise.module(), exercise.module(), exercise.program(), exercise.module(), exercise.mainClass());
    }
}
