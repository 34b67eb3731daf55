package io.callpipeline.core.twilio;

import io.callpipeline.core.ReasonCode;
import io.callpipeline.core.TransientProcessingException;
import io.callpipeline.core.recording.MediaRangeNotSatisfiableException;
import io.callpipeline.core.recording.MediaStream;
import io.callpipeline.core.recording.MediaStreamRequest;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a media response into exactly the bytes asked for: a 206 is described by its
 * {@code Content-Range}; a 200 that ignored the {@code Range} header is skipped and cut here, so the
 * listener gets the same answer either way.
 */
final class MediaRanges {

    private static final Pattern CONTENT_RANGE = Pattern.compile("bytes (\\d+)-(\\d+)/(\\d+|\\*)");
    private static final Pattern UNSATISFIED = Pattern.compile("bytes \\*/(\\d+)");

    private MediaRanges() {
    }

    static MediaStream partial(HttpResponse<InputStream> response, String contentType) {
        String header = response.headers().firstValue("Content-Range").orElse("");
        Matcher m = CONTENT_RANGE.matcher(header.trim());
        if (!m.matches()) {
            close(response.body());
            throw new TransientProcessingException(ReasonCode.TWILIO_MEDIA_BAD_RANGE,
                    "The media answered 206 with an unreadable Content-Range '" + header + "'");
        }
        long total = "*".equals(m.group(3)) ? -1 : Long.parseLong(m.group(3));
        return new MediaStream(response.body(), contentType, Long.parseLong(m.group(1)), Long.parseLong(m.group(2)), total);
    }

    static MediaStream slice(HttpResponse<InputStream> response, String contentType, MediaStreamRequest request) {
        long total = response.headers().firstValueAsLong("Content-Length").orElse(-1);
        long first = request.firstByte();
        if (total >= 0 && first > 0 && first >= total) {
            close(response.body());
            throw new MediaRangeNotSatisfiableException(first, total);
        }
        InputStream body = response.body();
        try {
            body.skipNBytes(first);
        } catch (EOFException e) {
            close(body);
            throw new MediaRangeNotSatisfiableException(first, -1);
        } catch (IOException e) {
            close(body);
            throw new TransientProcessingException(ReasonCode.TWILIO_MEDIA_INTERRUPTED,
                    "The recording download was interrupted: " + e.getMessage(), e);
        }
        if (total < 0) {
            // without the length no range can be promised: the rest of the audio, length unknown
            return new MediaStream(body, contentType, first, -1, -1);
        }
        long last = request.lastByte() == null ? total - 1 : Math.min(total - 1, request.lastByte());
        return new MediaStream(new Limited(body, last - first + 1), contentType, first, last, total);
    }

    /** The length a 416's {@code Content-Range: bytes *}{@code /N} gives, or -1. */
    static long totalOf(HttpResponse<InputStream> response) {
        Matcher m = UNSATISFIED.matcher(response.headers().firstValue("Content-Range").orElse("").trim());
        return m.matches() ? Long.parseLong(m.group(1)) : -1;
    }

    private static void close(InputStream body) {
        try {
            body.close();
        } catch (IOException ignored) {
            // nothing more is read from it
        }
    }

    /** Ends after {@code remaining} bytes, whatever more the underlying stream holds. */
    private static final class Limited extends FilterInputStream {
        private long remaining;

        Limited(InputStream in, long remaining) {
            super(in);
            this.remaining = remaining;
        }

        @Override
        public int read() throws IOException {
            if (remaining <= 0) {
                return -1;
            }
            int b = super.read();
            if (b >= 0) {
                remaining--;
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            if (remaining <= 0) {
                return -1;
            }
            int n = super.read(buffer, offset, (int) Math.min(length, remaining));
            if (n > 0) {
                remaining -= n;
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(Math.min(n, remaining));
            remaining -= skipped;
            return skipped;
        }

        @Override
        public int available() throws IOException {
            return (int) Math.min(super.available(), remaining);
        }

        @Override
        public boolean markSupported() {
            return false;
        }
    }
}
