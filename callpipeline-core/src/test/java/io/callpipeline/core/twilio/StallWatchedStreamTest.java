package io.callpipeline.core.twilio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * The player's stream of Twilio's audio: bytes that keep coming, however slowly in all, keep it
 * open, read one by one or in blocks (silence is bytes of value zero, and counts); bytes that stop
 * end it within a few periods; and closing it closes the connection.
 */
class StallWatchedStreamTest {

    private static final Duration PERIOD = Duration.ofMillis(150);

    /** Zero bytes, one every {@code gapMillis}, {@code count} of them; then, if {@code hang}, nothing for ever. */
    private static final class Trickle extends InputStream {
        private final long gapMillis;
        private int left;
        private final boolean hang;
        final AtomicBoolean closed = new AtomicBoolean();

        Trickle(long gapMillis, int count, boolean hang) {
            this.gapMillis = gapMillis;
            this.left = count;
            this.hang = hang;
        }

        @Override
        public int read() throws IOException {
            if (closed.get()) {
                throw new IOException("closed");
            }
            if (left == 0) {
                if (!hang) {
                    return -1;
                }
                while (!closed.get()) {
                    pause(5);
                }
                throw new IOException("closed under the reader");
            }
            pause(gapMillis);
            left--;
            return 0;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int c = read();
            if (c < 0) {
                return -1;
            }
            b[off] = (byte) c;
            return 1;
        }

        @Override
        public void close() {
            closed.set(true);
        }

        private static void pause(long millis) {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Test
    void silenceThatKeepsComingByteByByteIsNotCut() throws IOException {
        Trickle body = new Trickle(40, 12, false); // about 0.5 s in all, more than three periods

        try (StallWatchedStream stream = new StallWatchedStream(body, PERIOD)) {
            int read = 0;
            while (stream.read() >= 0) {
                read++;
            }
            assertThat(read).isEqualTo(12);
            assertThat(body.closed).as("open to the end").isFalse();
        }
        assertThat(body.closed).as("closed with the stream").isTrue();
    }

    @Test
    void silenceThatKeepsComingInBlocksIsNotCut() throws IOException {
        Trickle body = new Trickle(40, 12, false);

        try (StallWatchedStream stream = new StallWatchedStream(body, PERIOD)) {
            assertThat(stream.readAllBytes()).hasSize(12);
        }
    }

    @Test
    void bytesThatStopEndTheStreamWithinAFewPeriods() {
        Trickle body = new Trickle(10, 3, true);

        long start = System.nanoTime();
        assertThatThrownBy(() -> {
            try (StallWatchedStream stream = new StallWatchedStream(body, PERIOD)) {
                stream.readAllBytes();
            }
        }).isInstanceOf(IOException.class);

        assertThat(body.closed).isTrue();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
    }
}
