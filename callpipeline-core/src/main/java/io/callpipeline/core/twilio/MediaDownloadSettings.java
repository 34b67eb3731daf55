package io.callpipeline.core.twilio;

import java.time.Duration;
import java.util.Objects;

/**
 * How recordings are downloaded: the size cap, timeouts, and how long to wait for media that Twilio
 * has announced but not yet made downloadable (it can lag the callback by a few seconds).
 *
 * @param maxBytes        largest recording accepted; larger ones fail permanently
 * @param connectTimeout  TCP connect timeout
 * @param responseTimeout time allowed until the response headers arrive, and then between bytes of the body
 * @param notFoundRetries how many more times to ask after a 404
 * @param notFoundDelay   wait before the first retry; doubled for each further retry
 */
public record MediaDownloadSettings(
        long maxBytes,
        Duration connectTimeout,
        Duration responseTimeout,
        int notFoundRetries,
        Duration notFoundDelay) {

    /** The largest recording downloaded by default: 200 MB (as the starter's {@code DataSize} writes it). */
    public static final String DEFAULT_MAX_SIZE = "200MB";
    /** The default TCP connect timeout. */
    public static final String DEFAULT_CONNECT_TIMEOUT = "10s";
    /** The default time allowed until the response headers arrive. */
    public static final String DEFAULT_RESPONSE_TIMEOUT = "60s";
    /** How many more times a 404 on media is asked again by default. */
    public static final int DEFAULT_NOT_FOUND_RETRIES = 3;
    /** The default wait before the first retry of a 404, doubled each time. */
    public static final String DEFAULT_NOT_FOUND_DELAY = "1s";

    /** 200 MB, 10 s connect, 60 s to headers, 404 retried 3 times after 1, 2 and 4 s. */
    public static final MediaDownloadSettings DEFAULTS = new MediaDownloadSettings(200L * 1024 * 1024,
            Duration.ofSeconds(10), Duration.ofSeconds(60), DEFAULT_NOT_FOUND_RETRIES, Duration.ofSeconds(1));

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
