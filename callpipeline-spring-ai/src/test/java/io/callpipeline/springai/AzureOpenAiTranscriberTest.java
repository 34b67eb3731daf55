package io.callpipeline.springai;

import static com.github.tomakehurst.wiremock.client.WireMock.aMultipart;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import io.callpipeline.core.CallPipelineException;
import io.callpipeline.core.ReasonCode;
import io.callpipeline.core.TransientProcessingException;
import io.callpipeline.openai.OpenAiTranscriber;
import io.callpipeline.core.recording.AudioFile;
import io.callpipeline.core.transcription.Transcript;
import io.callpipeline.core.transcription.TranscriptSegment;
import io.callpipeline.core.transcription.TranscriptWord;
import io.callpipeline.core.transcription.TranscriptionRequest;
import io.callpipeline.test.TestAudio;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.ai.audio.transcription.AudioTranscriptionOptions;
import org.springframework.ai.audio.transcription.AudioTranscriptionPrompt;
import org.springframework.ai.audio.transcription.AudioTranscriptionResponse;
import org.springframework.ai.audio.transcription.AudioTranscription;
import org.springframework.ai.audio.transcription.TranscriptionModel;
import org.springframework.ai.openai.OpenAiAudioTranscriptionModel;
import org.springframework.ai.openai.OpenAiAudioTranscriptionOptions;

/**
 * Azure OpenAI's transcription on a Whisper deployment
 * ({@code POST /openai/deployments/{deployment}/audio/transcriptions?api-version=...}, multipart, {@code api-key}),
 * as Azure's REST reference documents it, through Spring AI's OpenAI module: what our own OpenAI adapter sends
 * (language, the Hebrew vocabulary, {@code verbose_json} with segment and word times) and reads (the times and
 * confidence figures the gibberish guard needs).
 */
@WireMockTest
class AzureOpenAiTranscriberTest {

    private static final String PATH = "/openai/deployments/callpipeline-whisper/audio/transcriptions";
    private static final String TEXT = "שלום אני מחפש דירה ברמת גן";
    private static final String VERBOSE = """
            {"task":"transcribe","language":"hebrew","duration":3.2,"text":"%s",
             "segments":[{"id":0,"seek":0,"start":0.0,"end":3.2,"text":"%s","tokens":[50364,2421],
               "temperature":0.0,"avg_logprob":-0.21,"compression_ratio":1.1,"no_speech_prob":0.01}],
             "words":[{"word":"שלום","start":0.0,"end":0.6},{"word":"אני","start":0.6,"end":0.9}]}
            """.formatted(TEXT, TEXT);

    @TempDir
    Path dir;

    private WireMock wireMock;
    private String baseUrl;

    @BeforeEach
    void setUp(WireMockRuntimeInfo wm) {
        wireMock = wm.getWireMock();
        baseUrl = wm.getHttpBaseUrl();
    }

    private SpringAiTranscriber transcriber() {
        OpenAiAudioTranscriptionModel model = OpenAiAudioTranscriptionModel.builder()
                .options(OpenAiAudioTranscriptionOptions.builder().baseUrl(baseUrl).apiKey("azure-test-key")
                        .deploymentName("callpipeline-whisper").microsoftFoundry(true).maxRetries(0)
                        .model("whisper-1").build())
                .build();
        return SpringAiTranscriber.builder().model(model).build();
    }

    private AudioFile audio() throws Exception {
        Path file = dir.resolve("RE1.mp3");
        Files.write(file, TestAudio.silentMp3(40));
        return new AudioFile(file, "audio/mpeg", Files.size(file));
    }

    @Test
    void sendsTheHintAndVocabularyAndKeepsTheTimesAndConfidence() throws Exception {
        wireMock.register(post(urlPathEqualTo(PATH)).withQueryParam("api-version", matching(".+"))
                .withHeader("api-key", equalTo("azure-test-key"))
                .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody(VERBOSE)));

        Transcript transcript = transcriber().transcribe(new TranscriptionRequest(audio(), "he"));

        assertThat(transcript.text()).isEqualTo(TEXT);
        assertThat(transcript.language()).isEqualTo("he");
        assertThat(transcript.model()).isEqualTo("callpipeline-whisper");
        assertThat(transcript.segments()).containsExactly(new TranscriptSegment(0.0, 3.2, TEXT, -0.21, 0.01, 1.1));
        assertThat(transcript.words()).containsExactly(new TranscriptWord("שלום", 0.0, 0.6), new TranscriptWord("אני", 0.6, 0.9));
        wireMock.verifyThat(1, postRequestedFor(urlPathEqualTo(PATH))
                .withRequestBodyPart(aMultipart("language").withBody(equalTo("he")).build())
                .withRequestBodyPart(aMultipart("prompt").withBody(equalTo(OpenAiTranscriber.DEFAULT_PROMPT)).build())
                .withRequestBodyPart(aMultipart("response_format").withBody(equalTo("verbose_json")).build())
                .withRequestBodyPart(aMultipart("timestamp_granularities[]").withBody(equalTo("word")).build()));
    }

    @Test
    void withoutAHintNoHebrewPromptPullsAnotherLanguageBackIntoHebrew() throws Exception {
        wireMock.register(post(urlPathEqualTo(PATH))
                .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody(VERBOSE)));

        transcriber().transcribe(new TranscriptionRequest(audio(), null));

        var request = wireMock.find(postRequestedFor(urlPathEqualTo(PATH))).get(0);
        assertThat(request.getPart("prompt")).isNull();
        assertThat(request.getPart("language")).isNull();
    }

    @Test
    void aRateLimitWaitsForItsRetryAfterAndIsAskedOnce() throws Exception {
        wireMock.register(post(urlPathEqualTo(PATH)).willReturn(aResponse().withStatus(429)
                .withHeader("Content-Type", "application/json").withHeader("retry-after", "7")
                .withBody("{\"error\":{\"code\":\"429\",\"message\":\"Requests to the Audio API have exceeded the rate limit.\"}}")));

        assertThatThrownBy(() -> transcriber().transcribe(new TranscriptionRequest(audio(), "he")))
                .isInstanceOfSatisfying(TransientProcessingException.class, e -> {
                    assertThat(e.reason()).isEqualTo(ReasonCode.OPENAI_RATE_LIMITED);
                    assertThat(e.retryAfter()).isEqualTo(Duration.ofSeconds(7));
                });
        assertThat(wireMock.find(anyRequestedFor(anyUrl()))).hasSize(1);
    }

    @Test
    void anUnreadableFileIsPermanent() throws Exception {
        wireMock.register(post(urlPathEqualTo(PATH)).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"error\":{\"code\":\"invalid_request_error\",\"message\":\"Invalid file format.\"}}")));

        assertThatThrownBy(() -> transcriber().transcribe(new TranscriptionRequest(audio(), "he")))
                .isInstanceOfSatisfying(CallPipelineException.class,
                        e -> assertThat(e.reason()).isEqualTo(ReasonCode.OPENAI_BAD_REQUEST));
    }

    /** Another provider's model without a dialect: its own defaults, the text, no times; errors still typed. */
    @Test
    void anyOtherTranscriptionModelIsAskedWithItsDefaultsAndItsFailuresAreTyped() throws Exception {
        TranscriptionModel other = new TranscriptionModel() {
            @Override
            public AudioTranscriptionResponse call(AudioTranscriptionPrompt prompt) {
                AudioTranscriptionOptions options = prompt.getOptions();
                assertThat(options).isNull();
                return new AudioTranscriptionResponse(new AudioTranscription(TEXT));
            }
        };
        SpringAiTranscriber transcriber = SpringAiTranscriber.builder().model(other).build();

        Transcript transcript = transcriber.transcribe(new TranscriptionRequest(audio(), "he"));

        assertThat(transcript.text()).isEqualTo(TEXT);
        assertThat(transcript.segments()).isEmpty();
        SpringAiTranscriber failing = SpringAiTranscriber.builder().provider("scribe").model(prompt -> {
            throw new org.springframework.web.client.ResourceAccessException("connection refused");
        }).build();
        assertThatThrownBy(() -> failing.transcribe(new TranscriptionRequest(audio(), "he")))
                .isInstanceOfSatisfying(TransientProcessingException.class, e -> {
                    assertThat(e.reason()).isEqualTo(ReasonCode.PROVIDER_UNREACHABLE);
                    assertThat(e.getMessage()).contains("scribe");
                });
    }
}
