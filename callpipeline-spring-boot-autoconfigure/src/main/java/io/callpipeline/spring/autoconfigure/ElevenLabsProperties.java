package io.callpipeline.spring.autoconfigure;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * ElevenLabs' Scribe in place of the OpenAI transcriber (module callpipeline-elevenlabs).
 *
 * @param apiKey  the key ElevenLabs issued; setting it (with the module on the class path) makes Scribe transcribe
 *                the calls
 * @param baseUrl ElevenLabs' API
 * @param model   the transcription model
 * @param diarize whether a mono recording's segments are split at speaker turns
 * @param timeout how long one transcription request may take
 */
@ConfigurationProperties("callpipeline.elevenlabs")
public record ElevenLabsProperties(
        String apiKey,
        @DefaultValue("https://api.elevenlabs.io") URI baseUrl,
        @DefaultValue("scribe_v2") String model,
        @DefaultValue("true") boolean diarize,
        @DefaultValue("300s") Duration timeout) {

    @Override
    public String toString() {
        return "ElevenLabsProperties[apiKey=" + (apiKey == null || apiKey.isBlank() ? "unset" : "set") + ", baseUrl="
                + baseUrl + ", model=" + model + ", diarize=" + diarize + ", timeout=" + timeout + "]";
    }
}
