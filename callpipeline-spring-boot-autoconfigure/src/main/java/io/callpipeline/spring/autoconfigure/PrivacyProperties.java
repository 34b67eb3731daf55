package io.callpipeline.spring.autoconfigure;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Personal numbers in what callers say (Israeli ID, card, bank and passport numbers, e-mails).
 *
 * @param redact              whether they are taken out of every transcript (and silenced in the
 *                            archived audio) before anything is stored, searched, exported or sent
 *                            to the model
 * @param sendOriginalToModel whether the model reads the transcript as heard, numbers in, while
 *                            only the redacted one is stored; a run resuming after the transcript
 *                            was stored has only the redacted one to send
 */
@ConfigurationProperties("callpipeline.privacy")
public record PrivacyProperties(
        @DefaultValue("true") boolean redact,
        @DefaultValue("false") boolean sendOriginalToModel) {
}
