package socketlab.grader.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertAll;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import socketlab.grader.course.Exercise;
import socketlab.grader.course.Status;
import socketlab.grader.course.Text;
import socketlab.grader.launch.Limits;
import socketlab.grader.result.Outcome;
import socketlab.grader.result.Scorecard;

/** The scorecard a sandbox hands back comes out as it went in, and the programs' run-as command is what the sandbox needs. */
final class ScorecardFileTest {

    @TempDir
    Path folder;

    @Test
    void readsBackTheScorecardItWrote() throws IOException {
        Scorecard card = new Scorecard("inside", List.of(
                new Outcome(Exercise.SERVER, "printsThePortItActuallyBound", new Text("prints the port", "mencetak port"), 2,
                        Status.PASSED, Text.same(""), "server#bind-listen", Duration.ofMillis(123), Outcome.Attempt.RETRIED),
                new Outcome(Exercise.CLIENT, "sendsItsExactAnswer", new Text("sends", "mengirim"), 2, Status.CRASHED,
                        new Text("ClientKu crashed: out of memory", "ClientKu crash: kehabisan memori"), "client#send",
                        Duration.ofMillis(7), Outcome.Attempt.FIRST),
                new Outcome(Outcome.Kind.QUIZ, Exercise.CLIENT, "quiz.client.1", new Text("quiz", "kuis"), 1, Status.FAILED,
                        new Text("not answered", "tidak dijawab"), "client#recv", Duration.ZERO, Outcome.Attempt.FIRST, Text.same("")),
                new Outcome(Outcome.Kind.TEST, Exercise.SERVER, "greets", new Text("greets", "menyapa"), 2, Status.FAILED,
                        new Text("wrong greeting", "salam salah"), "server#send", Duration.ofMillis(5), Outcome.Attempt.FIRST,
                        new Text("ran: ServerKu --port 0\n✗ wrong greeting", "menjalankan: ServerKu --port 0\n✗ salam salah"))),
                12, 3456, 789);
        ScorecardFile.write(card, folder);
        Scorecard read = ScorecardFile.read(folder, "tugas.zip");
        assertAll(
                () -> assertThat(read.outcomes()).isEqualTo(card.outcomes()),
                () -> assertThat(read.target()).as("named by the grader outside").isEqualTo("tugas.zip"),
                () -> assertThat(List.of((long) read.programsStarted(), read.millis(), read.compileMillis())).containsExactly(12L, 3456L, 789L));
    }

    @Test
    void startsProgramsLastToBeKilledWithinTheProcessLimitAsTheirOwnUser() {
        assertThat(new Limits(1536, 1.0, 128, 64, 1024).runAs(2_000_042)).containsExactly(
                "/usr/bin/choom", "-n", "1000", "--", "/usr/bin/prlimit", "--nproc=128:128", "--",
                "/usr/bin/setpriv", "--reuid=2000042", "--regid=2000042", "--clear-groups", "--no-new-privs", "--");
    }
}
