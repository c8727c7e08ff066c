package socketlab.grader.interop;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

final class PairingTest {
    private static final List<String> CLASS = IntStream.rangeClosed(1, 40).mapToObj(n -> "student" + n).toList();

    @Test
    void eachClientMeetsKClassmatesServersNeverItsOwn() {
        Map<String, List<String>> servers = Pairing.servers(CLASS, 5);

        assertThat(servers).hasSize(40);
        servers.forEach((client, met) -> assertThat(met).hasSize(5).doesNotHaveDuplicates().doesNotContain(client));
    }

    @Test
    void eachServerMeetsKClients() {
        Map<String, List<String>> servers = Pairing.servers(CLASS, 5);

        for (String server : CLASS) {
            assertThat(servers.values().stream().filter(met -> met.contains(server)).count()).as(server).isEqualTo(5);
        }
    }

    @Test
    void givesTheSamePairsWhateverTheOrderOfTheIds() {
        List<String> shuffled = new ArrayList<>(CLASS);
        Collections.reverse(shuffled);

        assertThat(Pairing.servers(shuffled, 5)).isEqualTo(Pairing.servers(CLASS, 5));
    }

    @Test
    void doesNotPairInTheIdsAlphabeticalOrder() {
        assertThat(Pairing.servers(CLASS, 1).keySet()).doesNotContainSequence(CLASS.subList(0, 3));
    }

    @Test
    void aStudentAddedLateChangesThePairsOfTheKBeforeThemOnly() {
        Map<String, List<String>> before = Pairing.servers(CLASS, 5);
        List<String> later = new ArrayList<>(CLASS);
        later.add("late");

        Map<String, List<String>> after = Pairing.servers(later, 5);

        long changed = CLASS.stream().filter(id -> !after.get(id).equals(before.get(id))).count();
        assertThat(changed).isEqualTo(5);
    }

    @Test
    void aClassSmallerThanKMeetsEveryClassmate() {
        assertThat(Pairing.servers(List.of("ana", "budi", "citra"), 5)).allSatisfy((client, met) -> assertThat(met).hasSize(2));
        assertThat(Pairing.servers(List.of("ana"), 5)).containsEntry("ana", List.of());
    }
}
