package org.vetlis.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Predicate;
import java.util.function.Supplier;

/** Waiting for what the server does after it has answered (messages are read after they are acknowledged). */
public final class Eventually {

    private Eventually() {
    }

    /** Reads until {@code done} holds, 30 s at most; fails naming {@code what} and the last value read. */
    public static <T> T await(Supplier<T> read, Predicate<T> done, String what) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        T value = read.get();
        while (!done.test(value) && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
            value = read.get();
        }
        assertThat(done.test(value)).as("%s within 30 s: %s", what, value).isTrue();
        return value;
    }
}
