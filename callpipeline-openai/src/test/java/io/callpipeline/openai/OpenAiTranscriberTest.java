package io.callpipeline.openai;

import static com.github.tomakehurst.wiremock.client.WireMock.aMultipart;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.binaryEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.callpipeline.core.Fixtures.HEBREW_TEXT;
import static io.callpipeline.core.Fixtures.openAiError;
import static io.callpipeline.core.Fixtures.verboseTranscription;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import io.callpipeline.core.CallPipelineException;
import io.callpipeline.core.TransientProcessingException;
import io.callpipeline.core.recording.AudioFile;
import io.callpipeline.core.testing.Mp3Frames;
import io.callpipeline.core.transcription.Transcript;
import io.callpipeline.core.transcription.TranscriptSegment;
import io.callpipeline.core.transcription.TranscriptionRequest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@WireMockTest
class OpenAiTranscriberTest {

    private static final String PATH = "/v1/audio/transcriptions";

    @TempDir
    Path dir;

    private String baseUrl;

    @BeforeEach
    void setUp(WireMockRuntimeInfo wm) {
        baseUrl = wm.getHttpBaseUrl();
    }

    private AudioFile audio(int frames) throws IOException {
        Path file = dir.resolve("RE1.mp3");
        Files.write(file, Mp3Frames.bytes(frames));
        return new AudioFile(file, "audio/mpeg", Files.size(file));
    }

    private OpenAiTranscriber transcriber(String model) {
        return OpenAiTranscriber.builder().client(OpenAiStubs.client(baseUrl)).model(model).build();
    }

    @Test
    void sendsHebrewVerboseRequestWithTheFileAndKeepsSegmentConfidence(WireMockRuntimeInfo wm) throws IOException {
        wm.getWireMock().register(post(PATH).willReturn(okJson(verboseTranscription(HEBREW_TEXT, 3.2))));
        AudioFile audio = audio(40);

        Transcript transcript = transcriber("whisper-1").transcribe(new TranscriptionRequest(audio, "he"));

        assertThat(transcript.text()).isEqualTo(HEBREW_TEXT);
        assertThat(transcript.language()).isEqualTo("he");
        assertThat(transcript.model()).isEqualTo("whisper-1");
        assertThat(transcript.segments()).containsExactly(
                new TranscriptSegment(0.0, 3.2, HEBREW_TEXT, -0.21, 0.01, 1.1));
        wm.getWireMock().verifyThat(1, postRequestedFor(urlEqualTo(PATH))
                .withHeader("Authorization", equalTo("Bearer " + OpenAiStubs.API_KEY))
                .withHeader("Content-Type", containing("multipart/form-data"))
                .withRequestBodyPart(aMultipart("language").withBody(equalTo("he")).build())
                .withRequestBodyPart(aMultipart("model").withBody(equalTo("whisper-1")).build())
                .withRequestBodyPart(aMultipart("response_format").withBody(equalTo("verbose_json")).build())
                .withRequestBodyPart(aMultipart("file").withHeader("Content-Disposition", containing("RE1.mp3"))
                        .withBody(binaryEqualTo(Files.readAllBytes(audio.path()))).build()));
    }

    @Test
    void aHintedRequestCarriesTheShippedRealEstateVocabularyAndAnUnhintedOneNone(WireMockRuntimeInfo wm)
            throws IOException {
        wm.getWireMock().register(post(PATH).willReturn(okJson(verboseTranscription(HEBREW_TEXT, 3.2))));

        transcriber("whisper-1").transcribe(new TranscriptionRequest(audio(5), "he"));
        transcriber("whisper-1").transcribe(new TranscriptionRequest(audio(5), null));

        var requests = wm.getWireMock().find(postRequestedFor(urlEqualTo(PATH)));
        assertThat(requests).hasSize(2);
        assertThat(requests.get(0).getPart("prompt")).as("the Hebrew-hinted request").isNotNull();
        String prompt = requests.get(0).getPart("prompt").getBody().asString();
        assertThat(prompt).isEqualTo(OpenAiTranscriber.DEFAULT_PROMPT)
                .contains("ממ״ד", "ארנונה", "חניה", "מרפסת שמש", "רמת גן");
        assertThat(requests.get(1).getPart("prompt"))
                .as("without a hint a Hebrew prompt would pull another language's call back into Hebrew").isNull();
    }

    @Test
    void aHostPromptReplacesTheVocabularyAndAnEmptyOneSendsNone(WireMockRuntimeInfo wm) throws IOException {
        wm.getWireMock().register(post(PATH).willReturn(okJson(verboseTranscription(HEBREW_TEXT, 3.2))));

        OpenAiTranscriber.builder().client(OpenAiStubs.client(baseUrl)).prompt("שכונת הדר, רחוב הרצל")
                .build().transcribe(new TranscriptionRequest(audio(5), "he"));
        OpenAiTranscriber.builder().client(OpenAiStubs.client(baseUrl)).prompt("")
                .build().transcribe(new TranscriptionRequest(audio(5), "he"));

        var requests = wm.getWireMock().find(postRequestedFor(urlEqualTo(PATH)));
        assertThat(requests.get(0).getPart("prompt").getBody().asString()).isEqualTo("שכונת הדר, רחוב הרצל");
        assertThat(requests.get(1).getPart("prompt")).isNull();
    }

    @Test
    void gpt4oModelsAreAskedForPlainJson(WireMockRuntimeInfo wm) throws IOException {
        wm.getWireMock().register(post(PATH).willReturn(okJson("{\"text\":\"" + HEBREW_TEXT + "\"}")));

        Transcript transcript = transcriber("gpt-4o-transcribe").transcribe(new TranscriptionRequest(audio(5), "he"));

        assertThat(transcript.text()).isEqualTo(HEBREW_TEXT);
        assertThat(transcript.segments()).isEmpty();
        wm.getWireMock().verifyThat(postRequestedFor(urlEqualTo(PATH))
                .withRequestBodyPart(aMultipart("response_format").withBody(equalTo("json")).build())
                .withRequestBodyPart(aMultipart("model").withBody(equalTo("gpt-4o-transcribe")).build()));
    }

    @Test
    void audioOverTheUploadLimitIsSentInPartsOnOneTimeline(WireMockRuntimeInfo wm) throws IOException {
        wm.getWireMock().register(post(PATH).willReturn(okJson(verboseTranscription("קטע", 1.5))));
        int framesPerPart = 60;
        OpenAiTranscriber small = OpenAiTranscriber.builder().client(OpenAiStubs.client(baseUrl))
                .maxUploadBytes((long) framesPerPart * Mp3Frames.FRAME_BYTES).build();

        Transcript transcript = small.transcribe(new TranscriptionRequest(audio(150), "he"));

        assertThat(transcript.segments()).extracting(TranscriptSegment::startSeconds)
                .containsExactly(0.0, framesPerPart * 576 / 8000.0, 2 * framesPerPart * 576 / 8000.0);
        assertThat(transcript.durationSeconds()).isCloseTo(150 * Mp3Frames.FRAME_SECONDS, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(transcript.text()).isEqualTo("קטע קטע קטע");
        wm.getWireMock().verifyThat(3, postRequestedFor(urlEqualTo(PATH)));
        try (var left = Files.list(dir)) {
            assertThat(left).containsExactly(dir.resolve("RE1.mp3"));
        }
    }

    @ParameterizedTest
    @CsvSource({
        "429, insufficient_quota, insufficient_quota, openai_insufficient_quota, false",
        "429, requests,           rate_limit_exceeded, openai_rate_limited,     true",
        "401, invalid_request_error, invalid_api_key, openai_unauthorized,      false",
        "400, invalid_request_error, ,                openai_bad_request,       false",
        "500, server_error,        ,                  openai_unavailable,       true",
        "503, server_error,        ,                  openai_unavailable,       true",
    })
    void providerErrorsAreTyped(int status, String type, String code, String reason, boolean retryable,
            WireMockRuntimeInfo wm) throws IOException {
        wm.getWireMock().register(post(PATH).willReturn(aResponse().withStatus(status)
                .withHeader("Content-Type", "application/json")
                .withBody(openAiError("Something went wrong", type, code))));
        AudioFile audio = audio(5);

        assertThatThrownBy(() -> transcriber("whisper-1").transcribe(new TranscriptionRequest(audio, "he")))
                .isInstanceOfSatisfying(CallPipelineException.class, e -> {
                    assertThat(e.reasonCode()).isEqualTo(reason);
                    assertThat(e.isRetryable()).isEqualTo(retryable);
                });
    }

    @Test
    void rateLimitKeepsTheProvidersRetryAfter(WireMockRuntimeInfo wm) throws IOException {
        wm.getWireMock().register(post(PATH).willReturn(aResponse().withStatus(429)
                .withHeader("Content-Type", "application/json").withHeader("retry-after", "7")
                .withBody(openAiError("Rate limit reached", "requests", "rate_limit_exceeded"))));
        AudioFile audio = audio(5);

        assertThatThrownBy(() -> transcriber("whisper-1").transcribe(new TranscriptionRequest(audio, "he")))
                .isInstanceOfSatisfying(TransientProcessingException.class,
                        e -> assertThat(e.retryAfter()).isEqualTo(Duration.ofSeconds(7)));
    }

    @Test
    void timeoutIsTransient(WireMockRuntimeInfo wm) throws IOException {
        wm.getWireMock().register(post(PATH).willReturn(okJson(verboseTranscription(HEBREW_TEXT, 1)).withFixedDelay(3000)));
        OpenAiTranscriber impatient = OpenAiTranscriber.builder().client(com.openai.client.okhttp.OpenAIOkHttpClient
                .builder().apiKey("k").baseUrl(baseUrl + "/v1").maxRetries(0).timeout(Duration.ofMillis(300)).build())
                .build();
        AudioFile audio = audio(5);

        assertThatThrownBy(() -> impatient.transcribe(new TranscriptionRequest(audio, "he")))
                .isInstanceOfSatisfying(TransientProcessingException.class,
                        e -> assertThat(e.reasonCode()).isEqualTo("openai_unreachable"));
    }

    @Test
    void aBuilderWithoutWhatARequestNeedsSaysWhatIsMissing(WireMockRuntimeInfo wm) {
        var client = OpenAiStubs.client(wm.getHttpBaseUrl());
        assertThatThrownBy(() -> OpenAiTranscriber.builder().build())
                .isInstanceOf(IllegalStateException.class).hasMessage("OpenAiTranscriber needs client(OpenAIClient)");
        assertThatThrownBy(() -> OpenAiTranscriber.builder().client(client).model("").build())
                .hasMessage("OpenAiTranscriber needs a model name");
        assertThatThrownBy(() -> OpenAiTranscriber.builder().client(client)
                        .maxUploadBytes(OpenAiTranscriber.MIN_UPLOAD_BYTES - 1).build())
                .hasMessageContaining("maxUploadBytes must be at least " + OpenAiTranscriber.MIN_UPLOAD_BYTES);
        assertThat(OpenAiTranscriber.builder().client(client).maxUploadBytes(OpenAiTranscriber.MIN_UPLOAD_BYTES)
                .verboseJson(false).build()).isNotNull();
    }
}
