package io.callpipeline.crm.autoconfigure;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long the CRM keeps what calls carry, and where it deletes it. A window left unset keeps that
 * kind for as long as the call exists; a privacy officer sets each one to what the agencies need.
 *
 * @param retention        how long each kind is kept after the call
 * @param purgeInterval    how often the purge looks for what has outlived its window (one instance at
 *                         a time across a cluster)
 * @param deleteAtProvider whether an erased call's recording, and audio past its window, are deleted
 *                         at Twilio; off only for a host that deletes them itself
 * @param deletionInterval how often recordings waiting to be deleted at Twilio are looked at (each
 *                         failed deletion also waits its own pause, doubling from a minute to six hours)
 */
@ConfigurationProperties("callpipeline.crm.privacy")
public record CrmPrivacyProperties(
        @DefaultValue Retention retention,
        @DefaultValue("PT1H") Duration purgeInterval,
        @DefaultValue("true") boolean deleteAtProvider,
        @DefaultValue("PT1M") Duration deletionInterval) {

    public CrmPrivacyProperties {
        positive("purge-interval", purgeInterval);
        positive("deletion-interval", deletionInterval);
    }

    private static void positive(String name, Duration interval) {
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("callpipeline.crm.privacy." + name + " must be positive, got " + interval);
        }
    }

    /**
     * Retention windows, counted from when the call was made; unset keeps that kind.
     *
     * @param audio          the recording, deleted at Twilio (the call and its transcript stay; the
     *                       player says the audio was deleted)
     * @param transcripts    what was said and what the model answered (summary, reply, extracted fields
     *                       and the decisions on them), and the words the call is found by
     * @param earlierAnswers the answers a call had before it was answered again
     * @param accessLog      the access log's entries; Israel's Data Security Regulations ask for at
     *                       least 24 months
     */
    public record Retention(Duration audio, Duration transcripts, Duration earlierAnswers,
            @DefaultValue("P730D") Duration accessLog) {

        public Retention {
            check("audio", audio);
            check("transcripts", transcripts);
            check("earlier-answers", earlierAnswers);
            check("access-log", accessLog);
        }

        private static void check(String name, Duration window) {
            if (window != null && (window.isNegative() || window.isZero())) {
                throw new IllegalArgumentException("callpipeline.crm.privacy.retention." + name
                        + " must be positive (leave it unset to keep), got " + window);
            }
        }
    }
}
