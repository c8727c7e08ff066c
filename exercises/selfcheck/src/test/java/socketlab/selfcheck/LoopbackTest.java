package socketlab.selfcheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertAll;

import java.util.List;
import org.junit.jupiter.api.Test;

final class LoopbackTest {

    @Test
    void namesTheCommandThatAddsLoopbackAddressesOnEachSystem() {
        assertAll(
                () -> assertThat(Loopback.commandAdding(List.of("127.0.0.2", "127.0.0.3"), "Mac OS X"))
                        .isEqualTo("sudo ifconfig lo0 alias 127.0.0.2 up && sudo ifconfig lo0 alias 127.0.0.3 up"),
                () -> assertThat(Loopback.commandAdding(List.of("127.0.0.2"), "Linux")).isEqualTo("sudo ip addr add 127.0.0.2/8 dev lo"));
    }

    @Test
    void bindsTheLoopbackAndNotAnAddressOfAnotherHost() {
        assertAll(
                () -> assertThat(Loopback.bindable("127.0.0.1")).isTrue(),
                () -> assertThat(Loopback.bindable("192.0.2.1")).as("TEST-NET-1, never this machine's").isFalse());
    }
}
