package io.callpipeline.core.pipeline;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static io.callpipeline.core.Fixtures.CALL_SID;
import static io.callpipeline.core.Fixtures.HEBREW_TEXT;
import static io.callpipeline.core.Fixtures.RECORDING_SID;
import static io.callpipeline.core.Fixtures.callJson;
import static io.callpipeline.core.Fixtures.callPath;
import static io.callpipeline.core.Fixtures.chatCompletion;
import static io.callpipeline.core.Fixtures.recordingJson;
import static io.callpipeline.core.Fixtures.recordingPath;
import static io.callpipeline.core.Fixtures.verboseTranscription;
import static io.callpipeline.core.Fixtures.wavPath;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.callpipeline.openai.OpenAiResponder;
import io.callpipeline.openai.OpenAiStubs;
import io.callpipeline.openai.OpenAiTranscriber;
import io.callpipeline.core.store.TranscriptStore;
import io.callpipeline.core.testing.Wavs;
import java.nio.file.Path;

/**
 * The pipeline tests' one way to build a pipeline on the real SDKs, aimed at a WireMock server for
 * Twilio and one for OpenAI, with media timeouts short enough for tests, and the stubs of a call
 * that goes well.
 */
final class PipelineAgainstStubs {

    static final String TRANSCRIPTIONS = "/v1/audio/transcriptions";
    static final String CHAT = "/v1/chat/completions";

    private PipelineAgainstStubs() {
    }

    /** Twilio knows the recording and its call, and OpenAI answers any chat request. */
    static void stubTwilioAndResponder(WireMockExtension twilio, WireMockExtension openai) {
        twilio.stubFor(get(recordingPath(RECORDING_SID)).willReturn(okJson(recordingJson())));
        twilio.stubFor(get(callPath(CALL_SID)).willReturn(okJson(callJson())));
        openai.stubFor(post(CHAT).willReturn(okJson(chatCompletion())));
    }

    /** The above, a Hebrew sentence as the recording's WAV, and its transcription. */
    static void stubHappyPath(WireMockExtension twilio, WireMockExtension openai) {
        stubTwilioAndResponder(twilio, openai);
        twilio.stubFor(get(wavPath(RECORDING_SID)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "audio/x-wav").withBody(Wavs.resource("speech-he-8k.wav"))));
        openai.stubFor(post(TRANSCRIPTIONS).willReturn(okJson(verboseTranscription(HEBREW_TEXT, 3.2))));
    }

    static PipelineBuilder builder(String twilioUrl, String openAiUrl, TranscriptStore store,
            Path workDirectory) {
        return CallRecordingPipeline.builder()
                .recordingSource(ScriptedProviders.twilioSource(twilioUrl))
                .transcriber(OpenAiTranscriber.builder().client(OpenAiStubs.client(openAiUrl)).build())
                .responder(OpenAiResponder.builder().client(OpenAiStubs.client(openAiUrl)).build())
                .store(store)
                .workDirectory(workDirectory);
    }
}
