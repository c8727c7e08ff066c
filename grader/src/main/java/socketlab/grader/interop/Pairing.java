package socketlab.grader.interop;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which classmates' servers each student's client meets ({@code grader class --interop k}): the whole class in a ring
 * ordered by a hash of each id, each client meeting the servers of the k students after its own. Every machine, and
 * every shard, computes the same pairs from the ids alone; the ring is not alphabetical, so friends with like ids are not
 * always each other's classmates; each server meets k clients too; and a student added late changes the pairs of the k
 * students before them only.
 */
public final class Pairing {
    private Pairing() {
    }

    /** Each student's id, in the ring's order, with the ids of the {@code k} classmates whose servers their client meets. */
    public static Map<String, List<String>> servers(Collection<String> ids, int k) {
        List<String> ring = ids.stream().distinct().sorted(Comparator.comparing(Pairing::hash).thenComparing(Comparator.naturalOrder())).toList();
        int met = Math.min(k, ring.size() - 1);
        Map<String, List<String>> servers = new LinkedHashMap<>();
        for (int i = 0; i < ring.size(); i++) {
            List<String> classmates = new ArrayList<>();
            for (int step = 1; step <= met; step++) {
                classmates.add(ring.get((i + step) % ring.size()));
            }
            servers.put(ring.get(i), List.copyOf(classmates));
        }
        return servers;
    }

    private static String hash(String id) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(id.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
