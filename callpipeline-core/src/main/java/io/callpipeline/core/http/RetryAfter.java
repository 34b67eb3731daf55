package io.callpipeline.core.http;

import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Reads an HTTP {@code Retry-After} value (RFC 9110 §10.2.3): a number of seconds, or an HTTP date.
 * Every provider adapter uses it, so a rate limit is honoured the same way whoever sent it.
 */
public final class RetryAfter {

    /** Longer asks are capped: a misbehaving proxy must not park a call for days. */
    static final Duration LONGEST = Duration.ofHours(1);

    private RetryAfter() {
    }

    /**
     * @param value the header's value, or {@code null}
     * @return the wait asked for, never negative; empty when there is no usable value
     */
    public static Optional<Duration> parse(String value, Clock clock) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String text = value.trim();
        Duration wait;
        try {
            wait = Duration.ofMillis((long) (Double.parseDouble(text) * 1000));
        } catch (NumberFormatException notSeconds) {
            try {
                wait = Duration.between(clock.instant(),
                        ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
            } catch (DateTimeParseException notADate) {
                return Optional.empty();
            }
        }
        if (wait.isNegative()) {
            return Optional.of(Duration.ZERO);
        }
        return Optional.of(wait.compareTo(LONGEST) > 0 ? LONGEST : wait);
    }
}
