package io.callpipeline.core.twilio;

import java.time.Duration;
import java.util.Objects;

/**
 * How recordings are downloaded: the size cap, timeouts, and how long to wait for media that Twilio
 * has announced but not yet made downloadable (it can lag the callback by a few seconds).
 *
 * @param maxBytes        largest recording accepted; larger ones fail permanently
 * @param connectTimeout  TCP connect timeout
 * @param responseTimeout time allowed until the response headers arrive
 * @param notFoundRetries how many more times to ask after a 404
 * @param notFoundDelay   wait before the first retry; doubled for each further retry
 */
public record MediaDownloadSettings(
        long maxBytes,
        Duration connectTimeout,
        Duration responseTimeout,
        int notFoundRetries,
        Duration notFoundDelay) {

    /** 200 MB, 10 s connect, 60 s to headers, 404 retried 3 times after 1, 2 and 4 s. */
    public static final MediaDownloadSettings DEFAULTS = new MediaDownloadSettings(
            200L * 1024 * 1024, Duration.ofSeconds(10), Duration.ofSeconds(60), 3, Duration.ofSeconds(1));

    public MediaDownloadSettings {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive, got " + maxBytes);
        }
        if (notFoundRetries < 0) {
            throw new IllegalArgumentException("notFoundRetries must not be negative, got " + notFoundRetries);
        }
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(responseTimeout, "responseTimeout");
        Objects.requireNonNull(notFoundDelay, "notFoundDelay");
    }
}
