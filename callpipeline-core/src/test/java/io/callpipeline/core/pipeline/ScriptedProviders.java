package io.callpipeline.core.pipeline;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static io.callpipeline.core.Fixtures.ACCOUNT_SID;
import static io.callpipeline.core.Fixtures.AUTH_TOKEN;
import static io.callpipeline.core.Fixtures.CALL_SID;
import static io.callpipeline.core.Fixtures.HEBREW_TEXT;
import static io.callpipeline.core.Fixtures.RECORDING_SID;
import static io.callpipeline.core.Fixtures.callJson;
import static io.callpipeline.core.Fixtures.callPath;
import static io.callpipeline.core.Fixtures.recordingJson;
import static io.callpipeline.core.Fixtures.recordingPath;
import static io.callpipeline.core.Fixtures.wavPath;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.callpipeline.core.response.CallResponse;
import io.callpipeline.core.response.Responder;
import io.callpipeline.core.response.ResponseRequest;
import io.callpipeline.core.store.TranscriptStore;
import io.callpipeline.core.testing.Wavs;
import io.callpipeline.core.transcription.Transcriber;
import io.callpipeline.core.transcription.Transcript;
import io.callpipeline.core.transcription.TranscriptSegment;
import io.callpipeline.core.transcription.TranscriptionRequest;
import io.callpipeline.core.twilio.MediaDownloadSettings;
import io.callpipeline.core.twilio.TwilioRecordingSource;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/**
 * The speech and chat providers as the core's pipeline tests script them: our own {@link Transcriber}
 * and {@link Responder} SPIs answering what each test says, in turn, and keeping every request they
 * were sent, so a test states what was paid for. Twilio is the real adapter against a WireMock server
 * (it lives in the core); the adapters of the speech and chat providers have their own tests in their
 * modules, through their SDKs.
 */
final class ScriptedProviders {

    /** The model name a scripted transcript and answer carry. */
    static final String MODEL = "scripted-model";

    final List<TranscriptionRequest> transcriptions = new CopyOnWriteArrayList<>();
    final List<ResponseRequest> responses = new CopyOnWriteArrayList<>();

    private final Deque<Function<TranscriptionRequest, Transcript>> nextTranscripts = new ArrayDeque<>();
    private Function<TranscriptionRequest, Transcript> transcript = request -> heard(HEBREW_TEXT, 3.2);
    private final Deque<Function<ResponseRequest, CallResponse>> nextAnswers = new ArrayDeque<>();
    private Function<ResponseRequest, CallResponse> answer = request -> answer();

    /** A transcript of one segment, as a transcriber hands it back (no language named yet). */
    static Transcript heard(String text, double seconds) {
        return new Transcript(null, text, List.of(TranscriptSegment.of(0, seconds, text)), MODEL, seconds);
    }

    /** The answer the chat model gives a real call. */
    static CallResponse answer() {
        return new CallResponse("המתקשר מחפש דירת 4 חדרים ברמת גן.", "שלום, אחזור אליך היום.", "קנייה",
                null, true, MODEL);
    }

    /** Every transcription answers this from now on. */
    ScriptedProviders transcribing(Function<TranscriptionRequest, Transcript> answer) {
        this.transcript = answer;
        return this;
    }

    /** The next transcription only answers this (or throws it). */
    ScriptedProviders thenTranscribing(Function<TranscriptionRequest, Transcript> answer) {
        nextTranscripts.add(answer);
        return this;
    }

    /** Every answer is this from now on. */
    ScriptedProviders answering(Function<ResponseRequest, CallResponse> answer) {
        this.answer = answer;
        return this;
    }

    /** The next answer only is this (or throws it). */
    ScriptedProviders thenAnswering(Function<ResponseRequest, CallResponse> answer) {
        nextAnswers.add(answer);
        return this;
    }

    Transcriber transcriber() {
        return request -> {
            transcriptions.add(request);
            Function<TranscriptionRequest, Transcript> next = nextTranscripts.poll();
            return (next != null ? next : transcript).apply(request);
        };
    }

    Responder responder() {
        return request -> {
            responses.add(request);
            Function<ResponseRequest, CallResponse> next = nextAnswers.poll();
            return (next != null ? next : answer).apply(request);
        };
    }

    /** Twilio knows the recording and its call, and serves a Hebrew sentence as its WAV. */
    static void stubTwilio(WireMockExtension twilio) {
        twilio.stubFor(get(recordingPath(RECORDING_SID)).willReturn(okJson(recordingJson())));
        twilio.stubFor(get(callPath(CALL_SID)).willReturn(okJson(callJson())));
        twilio.stubFor(get(wavPath(RECORDING_SID)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "audio/x-wav").withBody(Wavs.resource("speech-he-8k.wav"))));
    }

    /** The Twilio adapter aimed at {@code twilioUrl}, with media timeouts short enough for tests. */
    static TwilioRecordingSource twilioSource(String twilioUrl) {
        return TwilioRecordingSource.builder()
                .accountSid(ACCOUNT_SID).authToken(AUTH_TOKEN)
                .baseUrl(URI.create(twilioUrl))
                .mediaSettings(new MediaDownloadSettings(10_000_000, Duration.ofSeconds(2),
                        Duration.ofSeconds(5), 1, Duration.ofMillis(10)))
                .build();
    }

    /** A pipeline on {@link #twilioSource} and these providers. */
    PipelineBuilder builder(String twilioUrl, TranscriptStore store, Path workDirectory) {
        return CallRecordingPipeline.builder()
                .recordingSource(twilioSource(twilioUrl))
                .transcriber(transcriber())
                .responder(responder())
                .store(store)
                .workDirectory(workDirectory);
    }
}
