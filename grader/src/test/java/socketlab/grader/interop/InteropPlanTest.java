package socketlab.grader.interop;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

final class InteropPlanTest {
    private static final List<String> CLASS = IntStream.rangeClosed(1, 10).mapToObj(n -> "s" + n).toList();

    @Test
    void eachStudentsClientMeetsTheReferenceTheSeedWhereItHasOneAndKClassmates() {
        List<InteropPlan.Planned> plan = InteropPlan.of(CLASS, 5);

        assertThat(plan.stream().filter(meeting -> meeting.matchup() == Matchup.CLIENT_KU_AND_SERVER_KU_2 && meeting.client().equals("s3")))
                .extracting(InteropPlan.Planned::server).hasSize(7).startsWith(Meeting.REFERENCE, Meeting.SEED)
                .containsAll(Pairing.servers(CLASS, 5).get("s3"));
        assertThat(plan.stream().filter(meeting -> meeting.matchup() == Matchup.PING_KU_AND_SERVER_UDP_KU && meeting.client().equals("s3")))
                .extracting(InteropPlan.Planned::server).hasSize(6).startsWith(Meeting.REFERENCE).doesNotContain(Meeting.SEED);
    }

    @Test
    void theCoursesClientMeetsEveryStudentsServerOnce() {
        assertThat(InteropPlan.of(CLASS, 5).stream().filter(meeting -> meeting.matchup() == Matchup.COURSE_CLIENT_AND_SERVER_PESAN_KU))
                .allMatch(meeting -> meeting.client().equals(Meeting.REFERENCE))
                .extracting(InteropPlan.Planned::server).containsExactlyInAnyOrderElementsOf(CLASS);
    }

    @Test
    void costsOneRunPerMeeting() {
        // per student: ServerKu2 7 (reference, seed, 5), ServerKu3 6, ServerUdpKu 6, the course's framed client 1
        assertThat(InteropPlan.of(CLASS, 5)).hasSize(10 * (7 + 6 + 6 + 1));
    }
}
