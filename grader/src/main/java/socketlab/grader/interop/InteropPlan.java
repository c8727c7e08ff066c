package socketlab.grader.interop;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The meetings of a class's interop matrix, before any runs: each student's client meets the reference's server, the
 * seed's where it has one, and the servers of the k classmates {@link Pairing} names; the course's own client meets each
 * student's server where the course has no client exercise.
 */
public final class InteropPlan {
    private InteropPlan() {
    }

    /** A meeting to run: the kind, who wrote the client and who the server (an id, or {@link Meeting#REFERENCE} / {@link Meeting#SEED}). */
    public record Planned(Matchup matchup, String client, String server) {
    }

    /** Every meeting for these students, kind by kind, each kind's clients in the ring's order. */
    public static List<Planned> of(Collection<String> ids, int k) {
        Map<String, List<String>> classmates = Pairing.servers(ids, k);
        List<Planned> plan = new ArrayList<>();
        for (Matchup matchup : Matchup.values()) {
            for (Map.Entry<String, List<String>> student : classmates.entrySet()) {
                if (matchup.client().isEmpty()) {
                    plan.add(new Planned(matchup, Meeting.REFERENCE, student.getKey()));
                    continue;
                }
                plan.add(new Planned(matchup, student.getKey(), Meeting.REFERENCE));
                if (matchup.seedServer()) {
                    plan.add(new Planned(matchup, student.getKey(), Meeting.SEED));
                }
                student.getValue().forEach(server -> plan.add(new Planned(matchup, student.getKey(), server)));
            }
        }
        return plan;
    }
}
