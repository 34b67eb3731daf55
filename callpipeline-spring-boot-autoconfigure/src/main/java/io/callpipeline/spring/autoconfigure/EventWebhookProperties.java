package io.callpipeline.spring.autoconfigure;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The outbound webhook, for systems that are not Java: each call that ends is posted there, signed
 * by the Standard Webhooks convention, by a durable job that retries.
 *
 * @param url         where the events are posted; unset sends none
 * @param secret      the signing secret, {@code whsec_} followed by base64 (the receiver verifies
 *                    with the same); required with {@code url}
 * @param maxAttempts how many times one event is tried before it is given up (logged at WARN)
 * @param backoff     the wait before the first retry; each next one waits 1.5 times longer
 * @param timeout     how long one attempt waits for the receiver's answer
 */
@ConfigurationProperties("callpipeline.events.webhook")
public record EventWebhookProperties(
        URI url,
        String secret,
        @DefaultValue("8") int maxAttempts,
        @DefaultValue("30s") Duration backoff,
        @DefaultValue("10s") Duration timeout) {

    public EventWebhookProperties {
        url = url == null || url.toString().isBlank() ? null : url;
        if (url != null && !("https".equalsIgnoreCase(url.getScheme()) || "http".equalsIgnoreCase(url.getScheme()))) {
            throw new IllegalArgumentException("callpipeline.events.webhook.url must be an http(s) URL, got " + url);
        }
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("callpipeline.events.webhook.max-attempts must be 1 or more, got "
                    + maxAttempts);
        }
        if (backoff.isNegative() || timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("callpipeline.events.webhook.backoff and timeout must be positive");
        }
    }

    /** Without the secret: properties get logged and printed in error reports. */
    @Override
    public String toString() {
        return "EventWebhookProperties[url=" + url + ", secret=" + (secret == null || secret.isEmpty() ? "" : "****")
                + ", maxAttempts=" + maxAttempts + ", backoff=" + backoff + ", timeout=" + timeout + "]";
    }
}
