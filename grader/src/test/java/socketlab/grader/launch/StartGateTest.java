package socketlab.grader.launch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertAll;

import java.io.InterruptedIOException;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** At most N programs start at once; a place comes back when a program's start is done, and only once. */
final class StartGateTest {

    @Test
    void givesAPlaceBackWhenTheProgramHasStartedAndOnlyOnce() throws InterruptedIOException {
        StartGate gate = new StartGate(2);
        CompletableFuture<Void> started = new CompletableFuture<>();
        StartGate.Place place = gate.enter();
        place.leaveWhen(started);
        int whileStarting = gate.freePlaces();
        started.complete(null);
        int afterStart = gate.freePlaces();
        place.leave();
        assertAll(
                () -> assertThat(whileStarting).isEqualTo(1),
                () -> assertThat(afterStart).isEqualTo(2),
                () -> assertThat(gate.freePlaces()).as("given back twice, counted once").isEqualTo(2));
    }

    @Test
    void givesAPlaceBackWhenTheProgramCouldNotStart() throws InterruptedIOException {
        StartGate gate = new StartGate(1);
        gate.enter().leave();
        assertThat(gate.freePlaces()).isEqualTo(1);
    }
}
