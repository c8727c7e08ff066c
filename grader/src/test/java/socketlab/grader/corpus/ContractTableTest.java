package socketlab.grader.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import socketlab.grader.TestRepository;
import socketlab.grader.course.Exercise;

/**
 * The contract table: each gap method's Javadoc is its contract, and every sentence of it is broken by a corpus
 * mutant whose {@code breaks: <method>: <words of the sentence>} line names it and whose edit lies in that method,
 * so that the hidden tests the mutant loses ({@link WrongSubmissionsTest} proves it) test that sentence. A gap
 * method with a sentence no mutant breaks fails here (a mutant of the given code names the given code's Javadoc, which
 * {@link JudgedBehavioursTest} checks). The table is written to {@code target/contract-table.md}.
 */
final class ContractTableTest {
    private static final List<GapMethod> GAPS = GapMethod.ofCourse(TestRepository.root().resolve("solutions"));

    @Test
    void everySentenceOfEveryGapMethodsContractIsBrokenByAMutantThatATestCatches() throws IOException {
        List<String> uncovered = new ArrayList<>();
        List<String> table = new ArrayList<>(List.of("| method | contract sentence | mutant (its words) | hidden tests it loses |",
                "|---|---|---|---|"));
        for (GapMethod gap : GAPS) {
            for (String sentence : gap.sentences()) {
                List<Breach> breaches = breaches().stream().filter(b -> b.method().equals(gap.qualifiedName()) && sentence.contains(b.words()))
                        .toList();
                if (breaches.isEmpty()) {
                    uncovered.add(gap.qualifiedName() + ": \"" + sentence + "\"");
                }
                for (Breach breach : breaches) {
                    table.add("| " + gap.qualifiedName() + " | " + sentence.replace("|", "\\|") + " | " + breach.mutant().name() + " ("
                            + breach.words().replace("|", "\\|") + ") | " + String.join(", ", breach.mutant().loses()) + " |");
                }
            }
        }
        Path written = Path.of("target/contract-table.md");
        Files.createDirectories(written.getParent());
        Files.writeString(written, String.join("\n", table) + "\n");
        assertThat(uncovered).as("contract sentences no corpus mutant breaks (add one with a breaks: line)").isEmpty();
    }

    @Test
    void everyGapMethodStatesAContract() {
        assertThat(GAPS).hasSizeGreaterThan(Exercise.values().length).allSatisfy(gap -> assertThat(gap.contract())
                .as("the Javadoc of %s", gap.qualifiedName()).isNotBlank());
    }

    @Test
    void everyBreachOfAGapMethodQuotesItsContractAndEditsOnlyThatMethod() {
        List<Breach> ofGaps = breaches().stream().filter(b -> GAPS.stream().anyMatch(g -> g.qualifiedName().equals(b.method()))).toList();
        assertThat(ofGaps).isNotEmpty().allSatisfy(breach -> {
            GapMethod gap = GAPS.stream().filter(g -> g.qualifiedName().equals(breach.method())).findFirst().orElseThrow();
            assertThat(breach.words()).as("the words %s breaks", breach.mutant().name()).isNotBlank();
            assertThat(gap.contract()).as("the contract of %s, quoted by %s", breach.method(), breach.mutant().name())
                    .contains(breach.words());
            assertThat(breach.mutant().stubs()).as("%s is a whole submission", breach.mutant().name()).isEmpty();
            assertThat(breach.mutant().edits()).as("the edits of %s", breach.mutant().name()).isNotEmpty()
                    .allSatisfy(edit -> assertThat(gap.holds(edit[0])).as("%s edits inside %s: %s", breach.mutant().name(),
                            breach.method(), edit[0]).isTrue());
            assertThat(breach.mutant().loses()).as("the hidden tests %s loses", breach.mutant().name()).isNotEmpty();
        });
    }

    private static List<Breach> breaches() {
        List<Breach> breaches = new ArrayList<>();
        for (Path file : Mutant.corpusFiles()) {
            Mutant mutant = Mutant.read(file);
            try {
                for (String line : Files.readAllLines(file).stream().filter(l -> l.startsWith("breaks: ")).toList()) {
                    String[] parts = line.substring("breaks: ".length()).split(": ", 2);
                    breaches.add(new Breach(mutant, parts[0].strip(), parts.length > 1 ? parts[1].strip() : ""));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return breaches;
    }

    /** A mutant's claim that it breaks some words of a gap method's contract. */
    private record Breach(Mutant mutant, String method, String words) {
    }
}
