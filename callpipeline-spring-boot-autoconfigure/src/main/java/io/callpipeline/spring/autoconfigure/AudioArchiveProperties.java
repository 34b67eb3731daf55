package io.callpipeline.spring.autoconfigure;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Our own copy of each recording, silent where personal numbers were said, in place of Twilio's.
 *
 * @param directory      where the copies are kept (made private to the app's user); unset keeps
 *                       none, and the player streams Twilio's copy, personal numbers included. With
 *                       several instances, a directory they all share
 * @param deleteAtTwilio whether Twilio's copy is deleted once ours is kept and read back equal
 * @param silencePadding how much audio around a personal number's words is silenced too, for the
 *                       transcriber's imprecise word times
 */
@ConfigurationProperties("callpipeline.archive")
public record AudioArchiveProperties(
        Path directory,
        @DefaultValue("true") boolean deleteAtTwilio,
        @DefaultValue("250ms") Duration silencePadding) {

    public AudioArchiveProperties {
        directory = directory == null || directory.toString().isBlank() ? null : directory;
        if (silencePadding.isNegative()) {
            throw new IllegalArgumentException("callpipeline.archive.silence-padding cannot be negative, got "
                    + silencePadding);
        }
    }
}
