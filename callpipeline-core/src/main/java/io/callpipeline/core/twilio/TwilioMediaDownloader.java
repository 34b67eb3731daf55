package io.callpipeline.core.twilio;

import io.callpipeline.core.PermanentProcessingException;
import io.callpipeline.core.ReasonCode;
import io.callpipeline.core.TransientProcessingException;
import io.callpipeline.core.http.RetryAfter;
import io.callpipeline.core.recording.AudioFile;
import io.callpipeline.core.recording.MediaRangeNotSatisfiableException;
import io.callpipeline.core.recording.MediaStream;
import io.callpipeline.core.recording.MediaStreamRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.net.URI;
import io.callpipeline.core.http.ProviderRequest;
import io.callpipeline.core.http.RequestInstrumentation;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Locale;
import java.util.Objects;

/**
 * Streams one recording's MP3 from Twilio to disk. Redirects are followed by hand so that the
 * credentials go only to Twilio's own host, never to a CDN or anywhere a redirect points. Bytes are
 * counted as they arrive and the download is abandoned past the size cap, so memory stays flat
 * whatever the recording's length.
 */
final class TwilioMediaDownloader {

    private static final int MAX_REDIRECTS = 5;
    private static final int BUFFER = 64 * 1024;

    private final HttpClient http;
    private final URI apiBase;
    private final String authorization;
    private final MediaDownloadSettings settings;
    private final RequestInstrumentation requests;

    TwilioMediaDownloader(URI apiBase, String username, String password, MediaDownloadSettings settings,
            RequestInstrumentation requests) {
        this.apiBase = Objects.requireNonNull(apiBase, "apiBase");
        this.requests = Objects.requireNonNull(requests, "requests");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.authorization = "Basic " + Base64.getEncoder()
                .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        // HTTP/1.1: asked for HTTP/2 over plain HTTP, the client offers an h2c upgrade, after which
        // about 1 download in 100 reached a server twice
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(settings.connectTimeout())
                .build();
    }

    /**
     * Downloads to {@code target}. A body cut off on the way (a reset, a connection closed early) is
     * tried once more at once: the GET is idempotent, and waiting for the job's backoff would only
     * delay the call. A connection that fails before any answer needs no such help: over HTTP/1.1
     * the JDK's client sends an idempotent request once more by itself.
     */
    AudioFile download(URI mediaUrl, Path target) {
        Duration delay = settings.notFoundDelay();
        boolean cutOffBefore = false;
        for (int attempt = 0; ; attempt++) {
            HttpResponse<InputStream> response = send(mediaUrl);
            try (InputStream body = response.body()) {
                int status = response.statusCode();
                if (status == 200) {
                    return save(response, body, target);
                }
                if (status == 404 && attempt < settings.notFoundRetries()) {
                    sleep(delay);
                    delay = delay.multipliedBy(2);
                    continue;
                }
                throw failure(response, attempt);
            } catch (IOException e) {
                if (!cutOffBefore) {
                    cutOffBefore = true;
                    continue;
                }
                throw new TransientProcessingException(ReasonCode.TWILIO_MEDIA_INTERRUPTED,
                        "The recording download was interrupted twice: " + e.getMessage(), e);
            }
        }
    }

    /**
     * Opens the bytes a listener asked for. Twilio (or the storage it redirects to) may answer a
     * {@code Range} request with 206, or ignore it and send everything with 200; both end as
     * exactly the requested bytes.
     */
    MediaStream open(URI mediaUrl, MediaStreamRequest request) {
        String range = request.isRange()
                ? "bytes=" + request.firstByte() + "-" + (request.lastByte() == null ? "" : request.lastByte())
                : null;
        HttpResponse<InputStream> response = send(mediaUrl, range);
        int status = response.statusCode();
        if (status == 206) {
            return watched(MediaRanges.partial(response, contentType(response)));
        }
        if (status == 200) {
            return watched(MediaRanges.slice(response, contentType(response), request));
        }
        closeQuietly(response);
        if (status == 416) {
            throw new MediaRangeNotSatisfiableException(request.firstByte(), MediaRanges.totalOf(response));
        }
        throw failure(response, 0);
    }

    private HttpResponse<InputStream> send(URI url) {
        return send(url, null);
    }

    private HttpResponse<InputStream> send(URI url, String range) {
        URI current = url;
        for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
            HttpRequest.Builder request = HttpRequest.newBuilder(current)
                    .timeout(settings.responseTimeout())
                    .header("Accept", "audio/mpeg, audio/*")
                    .GET();
            if (range != null) {
                request.header("Range", range);
            }
            if (sameOrigin(current, apiBase)) {
                request.header("Authorization", authorization);
            }
            HttpResponse<InputStream> response = exchange(request.build());
            int status = response.statusCode();
            if (status < 300 || status >= 400 || status == 304) {
                return response;
            }
            String location = response.headers().firstValue("Location").orElse(null);
            closeQuietly(response);
            if (location == null) {
                throw new PermanentProcessingException(ReasonCode.TWILIO_MEDIA_BAD_REDIRECT,
                        "Twilio redirected the recording download (HTTP " + status + ") without a Location");
            }
            current = current.resolve(location);
        }
        throw new PermanentProcessingException(ReasonCode.TWILIO_MEDIA_REDIRECT_LOOP,
                "The recording download was redirected more than " + MAX_REDIRECTS + " times");
    }

    /** One request, each redirect's hop its own: the body is read after it, by the caller. */
    private HttpResponse<InputStream> exchange(HttpRequest request) {
        ProviderRequest sent = new ProviderRequest("twilio", TwilioOperation.MEDIA, "GET", null);
        try (RequestInstrumentation.InFlight inFlight = requests.start(sent)) {
            HttpResponse<InputStream> response = send(request, sent);
            sent.answered(response.statusCode());
            return response;
        }
    }

    private HttpResponse<InputStream> send(HttpRequest request, ProviderRequest sent) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (InterruptedException e) {
            sent.failed(e);
            Thread.currentThread().interrupt();
            throw new TransientProcessingException(ReasonCode.INTERRUPTED, "Interrupted while downloading the recording", e);
        } catch (IOException e) {
            sent.failed(e);
            throw new TransientProcessingException(ReasonCode.TWILIO_MEDIA_UNREACHABLE,
                    "Could not reach " + request.uri().getHost() + " to download the recording: " + e, e);
        }
    }

    private AudioFile save(HttpResponse<InputStream> response, InputStream body, Path target) throws IOException {
        long declared = response.headers().firstValueAsLong("Content-Length").orElse(-1);
        if (declared > settings.maxBytes()) {
            throw tooLarge(declared);
        }
        long written = 0;
        byte[] buffer = new byte[BUFFER];
        StallWatch stall = StallWatch.over(body, settings.responseTimeout());
        try (stall; OutputStream out = Files.newOutputStream(target)) {
            for (int n; (n = body.read(buffer)) != -1; ) {
                stall.progressed();
                written += n;
                if (written > settings.maxBytes()) {
                    throw tooLarge(written);
                }
                out.write(buffer, 0, n);
            }
        } catch (InterruptedIOException e) {
            throw new TransientProcessingException(ReasonCode.TWILIO_MEDIA_TIMEOUT, "The recording download timed out", e);
        } catch (IOException e) {
            if (stall.stalled()) {
                throw stalled();
            }
            throw e;
        }
        if (stall.stalled()) {
            throw stalled(); // the stream was closed under the read, which then looked like its end
        }
        if (written == 0) {
            throw new PermanentProcessingException(ReasonCode.AUDIO_EMPTY, "Twilio returned an empty recording");
        }
        return new AudioFile(target, contentType(response), written);
    }

    private TransientProcessingException stalled() {
        return new TransientProcessingException(ReasonCode.TWILIO_MEDIA_TIMEOUT, "The recording download stalled: no"
                + " bytes for " + settings.responseTimeout());
    }

    /** A listener's stream ends when no bytes came for the response timeout, as a download does. */
    private MediaStream watched(MediaStream stream) {
        return new MediaStream(new StallWatchedStream(stream.body(), settings.responseTimeout()), stream.contentType(),
                stream.firstByte(), stream.lastByte(), stream.totalBytes());
    }

    private static String contentType(HttpResponse<InputStream> response) {
        return response.headers().firstValue("Content-Type")
                .map(v -> v.split(";")[0].trim().toLowerCase(Locale.ROOT))
                .filter(v -> !v.isEmpty())
                .orElse("audio/mpeg");
    }

    private PermanentProcessingException tooLarge(long bytes) {
        return new PermanentProcessingException(ReasonCode.AUDIO_TOO_LARGE, "The recording is larger than the "
                + settings.maxBytes() + "-byte limit (" + bytes + " bytes or more)");
    }

    private RuntimeException failure(HttpResponse<InputStream> response, int attempts) {
        int status = response.statusCode();
        if (status == 404) {
            return new TransientProcessingException(ReasonCode.TWILIO_MEDIA_NOT_READY, "Twilio answered 404 for the recording's"
                    + " media " + (attempts + 1) + " times; it may not be available yet");
        }
        if (status == 401 || status == 403) {
            return new PermanentProcessingException(ReasonCode.TWILIO_UNAUTHORIZED, "Twilio refused our credentials for the recording's media (HTTP "
                    + status + ")");
        }
        if (status == 429 || status >= 500) {
            return new TransientProcessingException(ReasonCode.TWILIO_UNAVAILABLE,
                    "Twilio could not serve the recording's media now (HTTP " + status + ")", null,
                    RetryAfter.parse(response.headers().firstValue("Retry-After").orElse(null), Clock.systemUTC())
                            .orElse(null));
        }
        return new PermanentProcessingException(ReasonCode.TWILIO_MEDIA_REJECTED, "Twilio answered HTTP " + status + " for the recording's media");
    }

    private static boolean sameOrigin(URI a, URI b) {
        return a.getScheme().equalsIgnoreCase(b.getScheme())
                && a.getHost().equalsIgnoreCase(b.getHost())
                && port(a) == port(b);
    }

    private static int port(URI uri) {
        if (uri.getPort() != -1) {
            return uri.getPort();
        }
        return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }

    private static void sleep(Duration delay) {
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TransientProcessingException(ReasonCode.INTERRUPTED, "Interrupted while waiting for the recording", e);
        }
    }

    private static void closeQuietly(HttpResponse<InputStream> response) {
        try {
            response.body().close();
        } catch (IOException ignored) {
            // the redirect's body is not needed
        }
    }
}
