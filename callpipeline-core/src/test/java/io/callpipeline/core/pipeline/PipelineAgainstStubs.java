package io.callpipeline.core.pipeline;

import static io.callpipeline.core.Fixtures.ACCOUNT_SID;
import static io.callpipeline.core.Fixtures.AUTH_TOKEN;

import io.callpipeline.core.openai.OpenAiResponder;
import io.callpipeline.core.openai.OpenAiStubs;
import io.callpipeline.core.openai.OpenAiTranscriber;
import io.callpipeline.core.store.TranscriptStore;
import io.callpipeline.core.twilio.MediaDownloadSettings;
import io.callpipeline.core.twilio.TwilioRecordingSource;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The pipeline tests' one way to build a pipeline on the real SDKs, aimed at a WireMock server for
 * Twilio and one for OpenAI, with media timeouts short enough for tests.
 */
final class PipelineAgainstStubs {

    private PipelineAgainstStubs() {
    }

    static CallRecordingPipeline.Builder builder(String twilioUrl, String openAiUrl, TranscriptStore store,
            Path workDirectory) {
        return CallRecordingPipeline.builder()
                .recordingSource(TwilioRecordingSource.builder()
                        .accountSid(ACCOUNT_SID).authToken(AUTH_TOKEN)
                        .baseUrl(URI.create(twilioUrl))
                        .mediaSettings(new MediaDownloadSettings(10_000_000, Duration.ofSeconds(2),
                                Duration.ofSeconds(5), 1, Duration.ofMillis(10)))
                        .build())
                .transcriber(OpenAiTranscriber.builder().client(OpenAiStubs.client(openAiUrl)).build())
                .responder(OpenAiResponder.builder().client(OpenAiStubs.client(openAiUrl)).build())
                .store(store)
                .workDirectory(workDirectory);
    }
}
