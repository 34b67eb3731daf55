package io.callpipeline.core.twilio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.callpipeline.core.ReasonCode;
import io.callpipeline.core.TransientProcessingException;
import io.callpipeline.core.recording.MediaRangeNotSatisfiableException;
import io.callpipeline.core.recording.MediaStream;
import io.callpipeline.core.recording.MediaStreamRequest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.net.ssl.SSLSession;
import org.junit.jupiter.api.Test;

/**
 * What the player and the downloads receive for a range, whether the media answered 206 with a
 * {@code Content-Range} or 200 with the whole file: exactly the bytes asked for, read byte by byte,
 * in blocks or skipped; a range past the end refused with the length; and the connection closed
 * whenever the answer cannot be used.
 */
class MediaRangesTest {

    private static final byte[] AUDIO = bytes(100);

    private static byte[] bytes(int n) {
        byte[] b = new byte[n];
        for (int i = 0; i < n; i++) {
            b[i] = (byte) i;
        }
        return b;
    }

    /** A body that says whether it was closed. */
    private static final class Body extends ByteArrayInputStream {
        boolean closed;

        Body(byte[] bytes) {
            super(bytes);
        }

        @Override
        public void close() {
            closed = true;
        }
    }

    private static HttpResponse<InputStream> response(int status, InputStream body, Map<String, List<String>> headers) {
        return new HttpResponse<>() {
            @Override
            public int statusCode() {
                return status;
            }

            @Override
            public HttpRequest request() {
                return HttpRequest.newBuilder(URI.create("https://api.twilio.com/")).build();
            }

            @Override
            public Optional<HttpResponse<InputStream>> previousResponse() {
                return Optional.empty();
            }

            @Override
            public HttpHeaders headers() {
                return HttpHeaders.of(headers, (name, value) -> true);
            }

            @Override
            public InputStream body() {
                return body;
            }

            @Override
            public Optional<SSLSession> sslSession() {
                return Optional.empty();
            }

            @Override
            public URI uri() {
                return URI.create("https://api.twilio.com/");
            }

            @Override
            public HttpClient.Version version() {
                return HttpClient.Version.HTTP_1_1;
            }
        };
    }

    private static HttpResponse<InputStream> whole(Body body) {
        return response(200, body, Map.of("Content-Length", List.of(String.valueOf(AUDIO.length))));
    }

    private static MediaStreamRequest range(long first, Long last) {
        return new MediaStreamRequest("RE" + "a".repeat(32), first, last);
    }

    @Test
    void aWhole200IsCutToTheRangeAskedForWhicheverWayItIsRead() throws IOException {
        MediaStream inBlocks = MediaRanges.slice(whole(new Body(AUDIO)), "audio/wav", range(10, 19L));
        MediaStream byteByByte = MediaRanges.slice(whole(new Body(AUDIO)), "audio/wav", range(10, 19L));
        MediaStream skipped = MediaRanges.slice(whole(new Body(AUDIO)), "audio/wav", range(10, 19L));

        assertThat(inBlocks.body().readAllBytes()).containsExactly(java.util.Arrays.copyOfRange(AUDIO, 10, 20));
        assertThat(inBlocks.body().read(new byte[4], 0, 4)).as("nothing after the range").isEqualTo(-1);
        byte[] one = new byte[10];
        for (int i = 0; i < 10; i++) {
            one[i] = (byte) byteByByte.body().read();
        }
        assertThat(one).containsExactly(java.util.Arrays.copyOfRange(AUDIO, 10, 20));
        assertThat(byteByByte.body().read()).isEqualTo(-1);
        assertThat(skipped.body().available()).as("what is left of the range, not of the file").isEqualTo(10);
        assertThat(skipped.body().skip(50)).as("no skipping past the range").isEqualTo(10);
        assertThat(skipped.body().available()).isZero();
        assertThat(skipped.body().read()).isEqualTo(-1);
        assertThat(skipped.body().markSupported()).isFalse();
        assertThat(List.of(inBlocks.firstByte(), inBlocks.lastByte(), inBlocks.totalBytes())).containsExactly(10L, 19L, 100L);
    }

    @Test
    void anOpenRangeRunsToTheEndAndALastBytePastItIsTheEnd() throws IOException {
        MediaStream open = MediaRanges.slice(whole(new Body(AUDIO)), "audio/wav", range(95, null));
        MediaStream past = MediaRanges.slice(whole(new Body(AUDIO)), "audio/wav", range(99, 500L));
        MediaStream all = MediaRanges.slice(whole(new Body(AUDIO)), "audio/wav", range(0, null));

        assertThat(open.body().readAllBytes()).containsExactly(95, 96, 97, 98, 99);
        assertThat(open.lastByte()).isEqualTo(99);
        assertThat(past.body().readAllBytes()).containsExactly(99);
        assertThat(all.body().readAllBytes()).hasSize(100);
    }

    @Test
    void aRangeFromTheLastByteOnIsServedAndOneFromTheLengthOnIsRefusedWithTheLength() {
        Body body = new Body(AUDIO);

        assertThat(MediaRanges.slice(whole(new Body(AUDIO)), "audio/wav", range(99, null)).lastByte()).isEqualTo(99);
        assertThatThrownBy(() -> MediaRanges.slice(whole(body), "audio/wav", range(100, null)))
                .isInstanceOfSatisfying(MediaRangeNotSatisfiableException.class, e -> assertThat(e.totalBytes()).isEqualTo(100));
        assertThat(body.closed).as("the connection is let go").isTrue();
    }

    @Test
    void withoutALengthTheRestIsServedAndARangePastTheEndIsRefused() throws IOException {
        Body shortBody = new Body(AUDIO);
        MediaStream rest = MediaRanges.slice(response(200, new Body(AUDIO), Map.of()), "audio/mpeg", range(90, 95L));

        assertThat(rest.body().readAllBytes()).as("no length, no promise: the rest").hasSize(10);
        assertThat(List.of(rest.lastByte(), rest.totalBytes())).containsExactly(-1L, -1L);
        assertThatThrownBy(() -> MediaRanges.slice(response(200, shortBody, Map.of()), "audio/mpeg", range(500, null)))
                .isInstanceOfSatisfying(MediaRangeNotSatisfiableException.class, e -> assertThat(e.totalBytes()).isEqualTo(-1));
        assertThat(shortBody.closed).isTrue();
    }

    @Test
    void aDownloadCutWhileSkippingToTheRangeIsTransientAndClosed() {
        java.util.concurrent.atomic.AtomicBoolean closed = new java.util.concurrent.atomic.AtomicBoolean();

        assertThatThrownBy(() -> MediaRanges.slice(response(200, new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("connection reset");
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                throw new IOException("connection reset");
            }

            @Override
            public void close() {
                closed.set(true);
            }
        }, Map.of("Content-Length", List.of("100"))), "audio/wav", range(10, null)))
                .isInstanceOfSatisfying(TransientProcessingException.class,
                        e -> assertThat(e.reason()).isEqualTo(ReasonCode.TWILIO_MEDIA_INTERRUPTED));
        assertThat(closed).isTrue();
    }

    @Test
    void a206IsDescribedByItsContentRangeAndAnUnreadableOneIsRefusedAndClosed() {
        MediaStream known = MediaRanges.partial(response(206, new Body(AUDIO),
                Map.of("Content-Range", List.of(" bytes 10-19/100 "))), "audio/wav");
        MediaStream unknownLength = MediaRanges.partial(response(206, new Body(AUDIO),
                Map.of("Content-Range", List.of("bytes 0-9/*"))), "audio/wav");
        Body bad = new Body(AUDIO);

        assertThat(List.of(known.firstByte(), known.lastByte(), known.totalBytes())).containsExactly(10L, 19L, 100L);
        assertThat(unknownLength.totalBytes()).isEqualTo(-1);
        assertThatThrownBy(() -> MediaRanges.partial(response(206, bad, Map.of("Content-Range", List.of("bytes=10-19"))),
                "audio/wav")).isInstanceOfSatisfying(TransientProcessingException.class,
                        e -> assertThat(e.reason()).isEqualTo(ReasonCode.TWILIO_MEDIA_BAD_RANGE));
        assertThat(bad.closed).isTrue();
    }

    @Test
    void a416SaysTheLengthWhenItsContentRangeDoes() {
        assertThat(MediaRanges.totalOf(response(416, new Body(AUDIO),
                Map.of("Content-Range", List.of("bytes */2048"))))).isEqualTo(2048);
        assertThat(MediaRanges.totalOf(response(416, new Body(AUDIO), Map.of()))).isEqualTo(-1);
        assertThat(MediaRanges.totalOf(response(416, new Body(AUDIO),
                Map.of("Content-Range", List.of("bytes 0-1/2048"))))).isEqualTo(-1);
    }
}
