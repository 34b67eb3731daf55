package io.callpipeline.spring.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import io.callpipeline.core.audio.AudioSettings;
import io.callpipeline.core.gibberish.GibberishSettings;
import io.callpipeline.openai.OpenAiResponder;
import io.callpipeline.openai.OpenAiTranscriber;
import io.callpipeline.core.pipeline.CallRecordingPipeline;
import io.callpipeline.core.twilio.MediaDownloadSettings;
import io.callpipeline.core.twilio.MediaFormat;
import io.callpipeline.core.twilio.TwilioRecordingSource;
import io.callpipeline.spring.webhook.WebhookPaths;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/**
 * Each default is kept once, in core (or next to the code that uses it); the properties are derived
 * from it. This test keeps the two from drifting apart, as Spring Boot's own
 * {@code defaultValuesAreConsistent} tests do.
 */
class CallPipelinePropertiesTest {

    private final CallPipelineProperties properties = new Binder(new MapConfigurationPropertySource(Map.of()))
            .bindOrCreate("callpipeline", CallPipelineProperties.class);

    @Test
    void printedPropertiesNeverShowASecret() {
        CallPipelineProperties bound = new Binder(new MapConfigurationPropertySource(Map.of(
                "callpipeline.twilio.account-sid", "AC0123456789abcdef0123456789abcdef",
                "callpipeline.twilio.auth-token", "auth-token-value-1",
                "callpipeline.twilio.api-key-secret", "key-secret-value-2",
                "callpipeline.openai.api-key", "sk-api-key-value-3"))).bindOrCreate("callpipeline", CallPipelineProperties.class);

        assertThat(bound.toString()).doesNotContain("auth-token-value-1").doesNotContain("key-secret-value-2")
                .doesNotContain("sk-api-key-value-3").contains("AC0123456789abcdef0123456789abcdef").contains("******");
        assertThat(properties.twilio().toString()).contains("authToken=(not set)");
    }

    @Test
    void gibberishDefaultsAreTheGuardsOwn() {
        assertThat(properties.gibberish().settings(properties.openai().transcriptionPromptToSend()))
                .isEqualTo(GibberishSettings.defaults());
    }

    @Test
    void mediaDefaultsAreTheDownloadersOwn() {
        CallPipelineProperties.Twilio twilio = properties.twilio();
        MediaDownloadSettings defaults = MediaDownloadSettings.DEFAULTS;
        assertThat(new MediaDownloadSettings(twilio.maxRecordingSize().toBytes(), twilio.mediaConnectTimeout(),
                twilio.mediaResponseTimeout(), twilio.mediaNotFoundRetries(), twilio.mediaNotFoundDelay()))
                .isEqualTo(defaults);
        assertThat(twilio.baseUrl()).isEqualTo(TwilioRecordingSource.TWILIO_API);
    }

    @Test
    void modelsAndLanguageAreTheAdaptersOwn() {
        assertThat(properties.openai().transcriptionModel()).isEqualTo(OpenAiTranscriber.DEFAULT_MODEL);
        assertThat(properties.openai().chatModel()).isEqualTo(OpenAiResponder.DEFAULT_MODEL);
        assertThat(properties.openai().language()).isEqualTo(CallRecordingPipeline.DEFAULT_LANGUAGE);
        assertThat(properties.openai().historyTokenBudget()).isEqualTo(OpenAiResponder.DEFAULT_HISTORY_TOKEN_BUDGET);
    }

    @Test
    void audioDefaultsAreThePipelinesOwnAndMp3CanBeChosen() {
        assertThat(properties.audio().settings()).isEqualTo(AudioSettings.DEFAULTS);
        assertThat(properties.audio().format()).isEqualTo(MediaFormat.WAV);
        CallPipelineProperties.Audio chosen = bind(Map.of("callpipeline.audio.format", "mp3",
                "callpipeline.audio.min-speech", "0", "callpipeline.audio.split-channels", "false")).audio();
        assertThat(chosen.format()).isEqualTo(MediaFormat.MP3);
        assertThat(chosen.settings()).isEqualTo(new AudioSettings(java.time.Duration.ZERO, false));
    }

    @Test
    void theTranscriptionPromptIsTheShippedVocabularyUnlessReplacedOrSetEmpty() {
        assertThat(properties.openai().transcriptionPromptToSend()).isEqualTo(OpenAiTranscriber.DEFAULT_PROMPT);
        assertThat(bind(Map.of("callpipeline.openai.transcription-prompt", "רחוב הרצל")).openai()
                .transcriptionPromptToSend()).isEqualTo("רחוב הרצל");
        assertThat(bind(Map.of("callpipeline.openai.transcription-prompt", "")).openai()
                .transcriptionPromptToSend()).as("set empty: no prompt").isEmpty();
    }

    private static CallPipelineProperties bind(Map<String, String> values) {
        return new Binder(new MapConfigurationPropertySource(values)).bindOrCreate("callpipeline",
                CallPipelineProperties.class);
    }

    @Test
    void webhookPathsAreTheControllersOwn() {
        assertThat(properties.webhook().path()).isEqualTo(WebhookPaths.RECORDING);
        assertThat(properties.voice().path()).isEqualTo(WebhookPaths.VOICE);
    }
}
