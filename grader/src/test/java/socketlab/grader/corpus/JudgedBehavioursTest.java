package socketlab.grader.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import socketlab.grader.TestRepository;
import socketlab.grader.course.Exercise;
import socketlab.grader.course.Status;
import socketlab.grader.course.Text;
import socketlab.grader.grading.GradingRun;
import socketlab.grader.harness.Graded;
import socketlab.grader.result.Outcome;

/**
 * The words the rule "one mistake, one charge" is written in: every hidden test names the behaviours it judges, every
 * corpus mutant the behaviours it breaks, each in words of the programs' Javadoc; and {@link Charges} tells an allowed
 * loss from an overcharge.
 */
final class JudgedBehavioursTest {
    private static final Documentation DOCS = Documentation.ofCourse(TestRepository.root().resolve("solutions"));

    @Test
    void everyHiddenTestJudgesBehavioursTheProgramsJavadocNames() {
        List<String> wrong = new ArrayList<>();
        for (Method test : GradingRun.hiddenTests()) {
            String[] judges = test.getAnnotation(Graded.class).judges();
            if (judges.length == 0) {
                wrong.add(test.getDeclaringClass().getSimpleName() + "." + test.getName() + " judges nothing");
            }
            for (String behaviour : judges) {
                DOCS.unresolved(behaviour).ifPresent(why -> wrong.add(test.getDeclaringClass().getSimpleName() + "." + test.getName() + ": " + why));
            }
        }
        assertThat(wrong).isEmpty();
    }

    /** The behaviours the grader's own code names (a "not judged" verdict's, a server's listening line's) resolve too. */
    @Test
    void everyBehaviourTheGradersCodeNamesIsWordsOfTheJavadoc() throws IOException {
        Pattern literal = Pattern.compile("\"((\\w+)(?:\\.\\w+)?: (?:[^\"\\\\]|\\\\.)+)\"");
        List<String> wrong = new ArrayList<>();
        int named = 0;
        try (Stream<Path> files = Files.walk(TestRepository.root().resolve("grader/src/main/java/socketlab/grader"))) {
            for (Path file : files.filter(path -> path.toString().endsWith(".java")).toList()) {
                Matcher found = literal.matcher(Files.readString(file));
                while (found.find()) {
                    if (DOCS.documents(found.group(2))) {
                        named++;
                        String behaviour = found.group(1).replace("\\\"", "\"");
                        DOCS.unresolved(behaviour).ifPresent(why -> wrong.add(file.getFileName() + ": " + why));
                    }
                }
            }
        }
        assertThat(named).as("behaviours named in the grader's code").isGreaterThan(GradingRun.testCount());
        assertThat(wrong).isEmpty();
    }

    @Test
    void everyMutantBreaksBehavioursTheProgramsJavadocNames() {
        List<String> wrong = new ArrayList<>();
        for (Mutant mutant : Mutant.corpus()) {
            Set<String> breaks = Mutant.breaks(mutant.name());
            if (breaks.isEmpty()) {
                wrong.add(mutant.name() + " has no breaks: line");
            }
            breaks.forEach(behaviour -> DOCS.unresolved(behaviour).ifPresent(why -> wrong.add(mutant.name() + ": " + why)));
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void aWordNotInTheJavadocIsNamedAsSuch() {
        assertThat(DOCS.unresolved("ServerKu.acceptClient: Waits for one client")).isEmpty();
        assertThat(DOCS.unresolved("ServerKu: greets one client")).isEmpty();
        assertThat(DOCS.unresolved("ServerKu.acceptClient: Waits for two clients")).get().asString().contains("does not say");
        assertThat(DOCS.unresolved("ServerKu.noSuchMethod: anything")).get().asString().contains("no Javadoc of ServerKu.noSuchMethod");
        assertThat(DOCS.unresolved("no colon here")).isPresent();
    }

    @Test
    void aLostTestThatJudgesWhatTheMistakeBreaksIsAllowed() {
        assertThat(Charges.overcharges(List.of(lost("greetsTheClientWithTheExactText", Status.FAILED)), "server",
                Set.of("ServerKu.serve: greet it"))).isEmpty();
    }

    @Test
    void aLostTestThatJudgesSomethingElseIsAnOvercharge() {
        assertThat(Charges.overcharges(List.of(lost("printsTheClientsRealAddress", Status.FAILED)), "server",
                Set.of("ServerKu.serve: greet it"))).singleElement().asString()
                .startsWith("printsTheClientsRealAddress (FAILED) judges [ServerKu.serve: accept one client");
    }

    @Test
    void aTestNotJudgedForABehaviourTheMistakeBreaksIsAllowedAndForAnotherIsAnOvercharge() {
        Outcome notJudged = lost("printsAnAnswerInUtf8Intact", Status.NOT_JUDGED, "ServerKu.acceptClient: Waits for one client",
                "ServerKu.serve: listen");
        assertThat(Charges.overcharges(List.of(notJudged), "server", Set.of("ServerKu.acceptClient: Waits for one client"))).isEmpty();
        assertThat(Charges.overcharges(List.of(notJudged), "server", Set.of("ServerKu.serve: greet it"))).hasSize(1);
    }

    @Test
    void passedSkippedAndOtherExercisesTestsAreNeverCharged() {
        assertThat(Charges.overcharges(List.of(lost("printsTheClientsRealAddress", Status.PASSED),
                lost("printsTheClientsRealAddress", Status.SKIPPED)), "server", Set.of("ServerKu.serve: greet it"))).isEmpty();
        assertThat(Charges.overcharges(List.of(lost("printsTheClientsRealAddress", Status.FAILED)), "client",
                Set.of("ServerKu.serve: greet it"))).isEmpty();
    }

    @Test
    void wordsOfOneJavadocNameOneBehaviourOnlyWhenTheyAreTheSameWords() {
        assertThat(Charges.overcharges(List.of(lost("greetsTheClientWithTheExactText", Status.FAILED)), "server",
                Set.of("ServerKu.serve: greet"))).as("\"greet\" is part of another behaviour's words, not that behaviour").hasSize(1);
    }

    private static Outcome lost(String test, Status status, String... needed) {
        return new Outcome(Outcome.Kind.TEST, Exercise.SERVER, test, Text.same(test), 2, status, Text.same("why"), "server#accept",
                Duration.ZERO, Outcome.Attempt.FIRST, Text.same(""), List.of(needed));
    }
}
