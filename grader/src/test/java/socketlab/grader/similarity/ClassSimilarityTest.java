package socketlab.grader.similarity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import socketlab.grader.course.Exercise;

final class ClassSimilarityTest {
    private static final Path SOLUTION = Path.of("..", "solutions", "client", "src", "main", "java", "socketlab", "client");
    private static final Path KIT = Path.of("..", "exercises", "client", "src", "main", "java", "socketlab", "client");

    private static Compared compared;
    private static List<SimilarPair> pairs;

    /** A class of four: two identical correct ClientKus, one with its names changed and its methods reordered, one stub. */
    @BeforeAll
    static void compareAClassOfFour(@TempDir Path work) throws IOException, URISyntaxException {
        Path renamed = Path.of(ClassSimilarityTest.class.getResource("/similarity/renamed/ClientKu.java").toURI());
        Map<String, List<Path>> sources = new LinkedHashMap<>();
        sources.put("ana", javaFiles(SOLUTION));
        sources.put("budi", javaFiles(SOLUTION));
        sources.put("citra", Stream.concat(Stream.of(renamed), javaFiles(SOLUTION).stream()
                .filter(file -> !file.getFileName().toString().equals("ClientKu.java"))).toList());
        sources.put("dewi", javaFiles(KIT));
        compared = new ClassSimilarity(work).compare(Exercise.CLIENT, sources, javaFiles(KIT));
        pairs = compared.pairs();
    }

    @Test
    void comparesEveryPairOnceWithTheStudentsInOrder() {
        assertThat(pairs).hasSize(6).allMatch(pair -> pair.first().compareTo(pair.second()) < 0);
    }

    @Test
    void leavesNobodyOutWhoseWorkParses() {
        assertThat(compared.leftOut()).isEmpty();
    }

    @Test
    void findsTwoIdenticalSubmissionsNearlyTheSame() {
        assertThat(percent("ana", "budi")).isGreaterThan(95);
    }

    @Test
    void findsRenamedAndReorderedCodeHigh() {
        assertThat(percent("ana", "citra")).isGreaterThan(70);
    }

    @Test
    void findsTheKitsStubLikeNobody() {
        assertThat(percent("ana", "dewi")).isLessThan(10);
        assertThat(percent("budi", "dewi")).isLessThan(10);
    }

    @Test
    void showsTheMatchedLinesOfTheGaps() {
        SimilarPair same = pairs.stream().filter(pair -> pair.first().equals("ana") && pair.second().equals("budi")).findFirst().orElseThrow();
        assertThat(same.matches()).isNotEmpty().allMatch(passage -> passage.firstFile().equals("ClientKu.java"));
    }

    @Test
    void keepsTheMatchedLinesTextForAPersonToReadSideBySide() {
        SimilarPair same = pairs.stream().filter(pair -> pair.first().equals("ana") && pair.second().equals("budi")).findFirst().orElseThrow();
        assertThat(same.matches()).allSatisfy(passage -> {
            assertThat(passage.firstText()).hasSize(passage.firstTo() - passage.firstFrom() + 1).isEqualTo(passage.secondText());
        });
        assertThat(same.matches()).flatExtracting(SimilarPair.Passage::firstText).anyMatch(line -> line.contains("s.connect("));
    }

    @Test
    void saysAKitThatDoesNotParseIsTheCoursesFaultNotThatNobodyWasCompared(@TempDir Path work) throws IOException {
        Path brokenKit = Files.writeString(work.resolve("ClientKu.java"), "package socketlab.client; class ClientKu { void call( }");
        Map<String, List<Path>> sources = Map.of("ana", javaFiles(SOLUTION), "budi", javaFiles(SOLUTION));

        assertThatThrownBy(() -> new ClassSimilarity(work.resolve("compared")).compare(Exercise.CLIENT, sources, List.of(brokenKit)))
                .isInstanceOf(IllegalStateException.class).hasMessageStartingWith("JPlag could not compare client");
    }

    @Test
    void listsTheHighestFirst() {
        assertThat(pairs.get(0).percent()).isGreaterThanOrEqualTo(pairs.get(pairs.size() - 1).percent());
    }

    @Test
    void comparesNothingWhereOneWorkIsLeftAndSaysBothLeftOut(@TempDir Path work) throws IOException {
        Path broken = Files.writeString(work.resolve("ClientKu.java"), "package socketlab.client; class ClientKu { void call( }");
        Map<String, List<Path>> sources = Map.of("ana", javaFiles(SOLUTION), "eko", List.of(broken));

        Compared twoOneBroken = new ClassSimilarity(work.resolve("compared")).compare(Exercise.CLIENT, sources, javaFiles(KIT));

        assertThat(twoOneBroken.pairs()).isEmpty();
        assertThat(twoOneBroken.leftOut()).containsExactlyInAnyOrder("ana", "eko");
    }

    @Test
    void saysWhoseWorkDoesNotParseAndComparesTheRest(@TempDir Path work) throws IOException {
        Path broken = Files.writeString(work.resolve("ClientKu.java"), "package socketlab.client; class ClientKu { void call( }");
        Map<String, List<Path>> sources = Map.of("ana", javaFiles(SOLUTION), "budi", javaFiles(SOLUTION), "eko", List.of(broken));

        Compared oneBroken = new ClassSimilarity(work.resolve("compared")).compare(Exercise.CLIENT, sources, javaFiles(KIT));

        assertThat(oneBroken.pairs()).extracting(SimilarPair::first, SimilarPair::second).containsExactly(tuple("ana", "budi"));
        assertThat(oneBroken.leftOut()).containsExactly("eko");
    }

    private static double percent(String first, String second) {
        return pairs.stream().filter(pair -> pair.first().equals(first) && pair.second().equals(second)).findFirst()
                .orElseThrow(() -> new AssertionError("no pair " + first + ", " + second + " in " + pairs)).percent();
    }

    private static List<Path> javaFiles(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.toString().endsWith(".java")).sorted().toList();
        }
    }
}
