package io.callpipeline.core.twilio;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;

/**
 * A listener's stream of Twilio's audio that ends when Twilio stops sending: without it a stalled
 * answer would hold the thread copying it to the player for ever. The same watch as a download's.
 */
final class StallWatchedStream extends FilterInputStream {

    private final StallWatch watch;

    StallWatchedStream(InputStream body, Duration period) {
        super(body);
        this.watch = StallWatch.over(body, period);
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            watch.progressed();
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            watch.progressed();
        }
        return n;
    }

    @Override
    public void close() throws IOException {
        watch.close();
        super.close();
    }
}
