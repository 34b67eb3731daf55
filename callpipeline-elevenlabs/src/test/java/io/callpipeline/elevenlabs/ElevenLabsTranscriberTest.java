package io.callpipeline.elevenlabs;

import static com.github.tomakehurst.wiremock.client.WireMock.aMultipart;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import io.callpipeline.core.CallPipelineException;
import io.callpipeline.core.ReasonCode;
import io.callpipeline.core.http.RequestInstrumentation;
import io.callpipeline.core.TransientProcessingException;
import io.callpipeline.core.recording.AudioFile;
import io.callpipeline.core.transcription.Transcript;
import io.callpipeline.core.transcription.TranscriptSegment;
import io.callpipeline.core.transcription.TranscriptWord;
import io.callpipeline.core.transcription.TranscriptionRequest;
import io.callpipeline.test.TestAudio;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * ElevenLabs' {@code POST /v1/speech-to-text} as its API reference documents it: a multipart form with
 * {@code model_id}, {@code file}, {@code language_code}, {@code keyterms}, {@code diarize} and
 * {@code timestamps_granularity}, the {@code xi-api-key} header, an answer of {@code text} and {@code words}
 * (words, spacing, speakers, log-probabilities), errors as {@code {"detail": {"status", "message"}}}.
 */
@WireMockTest
class ElevenLabsTranscriberTest {

    private static final String PATH = "/v1/speech-to-text";
    private static final String ANSWER = """
            {"language_code":"heb","language_probability":0.98,"text":"שלום, כאן דנה. היי, אני מחפש דירה",
             "words":[
              {"text":"שלום,","start":0.12,"end":0.5,"type":"word","speaker_id":"speaker_0","logprob":-0.1},
              {"text":" ","start":0.5,"end":0.52,"type":"spacing","speaker_id":"speaker_0","logprob":0.0},
              {"text":"כאן","start":0.52,"end":0.8,"type":"word","speaker_id":"speaker_0","logprob":-0.3},
              {"text":" ","start":0.8,"end":0.82,"type":"spacing","speaker_id":"speaker_0","logprob":0.0},
              {"text":"דנה.","start":0.82,"end":1.2,"type":"word","speaker_id":"speaker_0","logprob":-0.2},
              {"text":" ","start":1.2,"end":1.5,"type":"spacing","speaker_id":"speaker_1","logprob":0.0},
              {"text":"(laughs)","start":1.5,"end":1.9,"type":"audio_event","speaker_id":"speaker_1","logprob":0.0},
              {"text":"היי,","start":1.9,"end":2.2,"type":"word","speaker_id":"speaker_1","logprob":-0.5},
              {"text":" ","start":2.2,"end":2.25,"type":"spacing","speaker_id":"speaker_1","logprob":0.0},
              {"text":"אני","start":2.25,"end":2.5,"type":"word","speaker_id":"speaker_1","logprob":-0.1},
              {"text":" ","start":2.5,"end":2.55,"type":"spacing","speaker_id":"speaker_1","logprob":0.0},
              {"text":"מחפש","start":2.55,"end":2.9,"type":"word","speaker_id":"speaker_1","logprob":-0.4},
              {"text":" ","start":2.9,"end":2.95,"type":"spacing","speaker_id":"speaker_1","logprob":0.0},
              {"text":"דירה","start":2.95,"end":3.4,"type":"word","speaker_id":"speaker_1","logprob":-0.2}],
             "transcription_id":"tr_8f3c"}
            """;

    @TempDir
    Path dir;

    private WireMock wireMock;
    private String baseUrl;

    @BeforeEach
    void setUp(WireMockRuntimeInfo wm) {
        wireMock = wm.getWireMock();
        baseUrl = wm.getHttpBaseUrl();
    }

    private ElevenLabsTranscriber transcriber() {
        return ElevenLabsTranscriber.builder().apiKey("xi-test-key").baseUrl(URI.create(baseUrl)).build();
    }

    private AudioFile audio() throws Exception {
        Path file = dir.resolve("RE1.mp3");
        Files.write(file, TestAudio.silentMp3(40));
        return new AudioFile(file, "audio/mpeg", Files.size(file));
    }

    @Test
    void sendsTheHintAndTheKeyTermsAndReadsSpeakerTurnsAsSegments() throws Exception {
        wireMock.register(post(urlEqualTo(PATH)).willReturn(okJson(ANSWER)));

        Transcript transcript;
        try (ElevenLabsTranscriber transcriber = transcriber()) {
            transcript = transcriber.transcribe(new TranscriptionRequest(audio(), "he"));
        }

        assertThat(transcript.text()).isEqualTo("שלום, כאן דנה. היי, אני מחפש דירה");
        assertThat(transcript.model()).isEqualTo("scribe_v2");
        assertThat(transcript.segments()).hasSize(2);
        TranscriptSegment agent = transcript.segments().get(0);
        assertThat(agent.text()).isEqualTo("שלום, כאן דנה.");
        assertThat(agent.startSeconds()).isEqualTo(0.12);
        assertThat(agent.endSeconds()).isEqualTo(1.2);
        assertThat(agent.avgLogprob()).isCloseTo(-0.2, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(transcript.segments().get(1).text()).as("the audio event left out").isEqualTo("היי, אני מחפש דירה");
        assertThat(transcript.words()).hasSize(7).startsWith(new TranscriptWord("שלום,", 0.12, 0.5));
        Request sent = wireMock.find(postRequestedFor(urlEqualTo(PATH))).get(0);
        assertThat(sent.getHeader("xi-api-key")).isEqualTo("xi-test-key");
        assertThat(part(sent, "model_id")).isEqualTo("scribe_v2");
        assertThat(part(sent, "language_code")).isEqualTo("he");
        assertThat(part(sent, "diarize")).isEqualTo("true");
        assertThat(part(sent, "timestamps_granularity")).isEqualTo("word");
        assertThat(sent.getPart("file").getHeader("Content-Disposition").firstValue()).contains("RE1.mp3");
        List<String> keyterms = sent.getParts().stream().filter(p -> p.getName().equals("keyterms"))
                .map(p -> p.getBody().asString()).toList();
        assertThat(keyterms).contains("מרפסת שמש", "ארנונה", "רמת גן", "נווה צדק").hasSizeLessThanOrEqualTo(100)
                .allSatisfy(term -> assertThat(term.split("\\s+").length).isLessThanOrEqualTo(5));
    }

    @Test
    void withoutAHintNoLanguageAndNoHebrewTermsAreSent() throws Exception {
        wireMock.register(post(urlEqualTo(PATH)).willReturn(okJson(ANSWER)));

        transcriber().transcribe(new TranscriptionRequest(audio(), null));

        Request sent = wireMock.find(postRequestedFor(urlEqualTo(PATH))).get(0);
        assertThat(sent.getParts()).extracting(p -> p.getName()).doesNotContain("language_code", "keyterms");
    }

    @Test
    void aRateLimitWaitsItsRetryAfterAndIsSentOnce() throws Exception {
        wireMock.register(post(urlEqualTo(PATH)).willReturn(aResponse().withStatus(429).withHeader("Retry-After", "7")
                .withHeader("Content-Type", "application/json").withBody("""
                        {"detail":{"status":"too_many_concurrent_requests","message":"Too many concurrent requests"}}""")));

        assertThatThrownBy(() -> transcriber().transcribe(new TranscriptionRequest(audio(), "he")))
                .isInstanceOfSatisfying(TransientProcessingException.class, e -> {
                    assertThat(e.reason()).isEqualTo(ReasonCode.PROVIDER_RATE_LIMITED);
                    assertThat(e.retryAfter()).isEqualTo(Duration.ofSeconds(7));
                    assertThat(e.getMessage()).contains("elevenlabs").contains("too_many_concurrent_requests");
                });
        assertThat(wireMock.find(anyRequestedFor(anyUrl()))).as("no retry inside the client").hasSize(1);
    }

    @Test
    void aRefusedKeyIsPermanentAndAnOverloadWaits() throws Exception {
        wireMock.register(post(urlEqualTo(PATH)).willReturn(aResponse().withStatus(401)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"detail\":{\"status\":\"invalid_api_key\",\"message\":\"Invalid API key\"}}")));
        assertThatThrownBy(() -> transcriber().transcribe(new TranscriptionRequest(audio(), "he")))
                .isInstanceOfSatisfying(CallPipelineException.class, e -> {
                    assertThat(e.reason()).isEqualTo(ReasonCode.PROVIDER_UNAUTHORIZED);
                    assertThat(e.reason().isTransient()).isFalse();
                });

        wireMock.resetMappings();
        wireMock.register(post(urlEqualTo(PATH)).willReturn(aResponse().withStatus(503)));
        assertThatThrownBy(() -> transcriber().transcribe(new TranscriptionRequest(audio(), "he")))
                .isInstanceOfSatisfying(TransientProcessingException.class,
                        e -> assertThat(e.reason()).isEqualTo(ReasonCode.PROVIDER_UNAVAILABLE));
        wireMock.resetMappings();
        wireMock.register(post(urlEqualTo(PATH)).willReturn(okJson("{\"text\": ")));
        assertThatThrownBy(() -> transcriber().transcribe(new TranscriptionRequest(audio(), "he")))
                .as("unreadable JSON").isInstanceOf(TransientProcessingException.class);
    }

    @Test
    void anUnreachableServiceWaits() throws Exception {
        ElevenLabsTranscriber nowhere = ElevenLabsTranscriber.builder().apiKey("xi-test-key")
                .baseUrl(URI.create("http://127.0.0.1:9")).build();

        assertThatThrownBy(() -> nowhere.transcribe(new TranscriptionRequest(audio(), "he")))
                .isInstanceOfSatisfying(TransientProcessingException.class,
                        e -> assertThat(e.reason()).isEqualTo(ReasonCode.PROVIDER_UNREACHABLE));
    }

    @Test
    void eachRequestIsShownToTheInstrumentationWithHowItEnded() throws Exception {
        wireMock.register(post(urlEqualTo(PATH)).willReturn(aResponse().withStatus(429).withHeader("Retry-After", "7")));
        List<String> seen = new CopyOnWriteArrayList<>();
        RequestInstrumentation recording = request -> () -> seen.add(request.provider() + " " + request.operation()
                + " " + request.method() + " " + request.model().orElse("-") + " "
                + (request.status().isPresent() ? request.status().getAsInt() : "no answer:"
                        + request.failure().map(e -> e.getClass().getSimpleName()).orElse("?")));
        ElevenLabsTranscriber observed = ElevenLabsTranscriber.builder().apiKey("xi-test-key")
                .baseUrl(URI.create(baseUrl)).requests(recording).build();
        ElevenLabsTranscriber nowhere = ElevenLabsTranscriber.builder().apiKey("xi-test-key")
                .baseUrl(URI.create("http://127.0.0.1:9")).requests(recording).build();

        assertThatThrownBy(() -> observed.transcribe(new TranscriptionRequest(audio(), "he")))
                .isInstanceOf(TransientProcessingException.class);
        assertThatThrownBy(() -> nowhere.transcribe(new TranscriptionRequest(audio(), "he")))
                .isInstanceOf(TransientProcessingException.class);

        assertThat(seen).hasSize(2);
        assertThat(seen.get(0)).isEqualTo("elevenlabs speech-to-text POST scribe_v2 429");
        assertThat(seen.get(1)).startsWith("elevenlabs speech-to-text POST scribe_v2 no answer:").doesNotEndWith("?");
    }

    @Test
    void termsOutsideElevenLabsLimitsAreRefusedAtBuild() {
        assertThatThrownBy(() -> ElevenLabsTranscriber.builder().apiKey("k")
                .keyterms(List.of("אחת שתיים שלוש ארבע חמש שש")).build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("5 words");
        assertThatThrownBy(() -> ElevenLabsTranscriber.builder().build()).hasMessageContaining("API key");
    }

    private static String part(Request request, String name) {
        return new String(request.getPart(name).getBody().asBytes(), StandardCharsets.UTF_8);
    }
}
