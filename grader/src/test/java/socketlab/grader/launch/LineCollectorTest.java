package socketlab.grader.launch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertAll;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(20)
final class LineCollectorTest {

    @Test
    void splitsLinesAndKeepsALastLineWithoutNewline() {
        LineCollector collector = collect("one\r\ntwo\nthree");
        assertAll(
                () -> assertThat(collector.await(line -> line.equals("three"), Duration.ofSeconds(5))).hasValue("three"),
                () -> assertThat(collector.lines()).containsExactly("one", "two", "three"));
    }

    @Test
    void keepsAFixedAmountOfAFloodThenStopsReading() {
        AtomicLong left = new AtomicLong(8L * LineCollector.KEPT_BYTES);
        InputStream flood = new InputStream() {
            @Override
            public int read() {
                long n = left.getAndDecrement();
                return n > 0 ? (n % 100 == 0 ? '\n' : 'x') : -1;
            }
        };
        LineCollector collector = new LineCollector(flood, "flood");
        Optional<String> none = collector.await(line -> false, Duration.ofSeconds(10));
        long kept = collector.lines().stream().mapToLong(line -> line.length() + 1).sum();
        assertAll(
                () -> assertThat(none).isEmpty(),
                () -> assertThat(kept).isBetween(LineCollector.KEPT_BYTES - 200L, LineCollector.KEPT_BYTES + 200L),
                () -> assertThat(left.get()).as("bytes left unread").isGreaterThan(6L * LineCollector.KEPT_BYTES));
    }

    @Test
    void keepsAFixedAmountOfALineThatNeverEnds() {
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                return 'x';
            }
        };
        LineCollector collector = new LineCollector(endless, "endless");
        assertThat(collector.await(line -> false, Duration.ofSeconds(10))).isEmpty();
        assertThat(collector.lines()).singleElement().satisfies(line -> assertThat(line).hasSize(LineCollector.KEPT_BYTES));
    }

    @Test
    void giveUpWaitingWhenTheStreamEnds() {
        LineCollector collector = collect("only\n");
        assertThat(collector.await(line -> line.equals("never"), Duration.ofSeconds(30))).isEmpty();
    }

    private static LineCollector collect(String text) {
        return new LineCollector(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "test");
    }
}
