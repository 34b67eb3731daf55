package io.callpipeline.core.pipeline;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.callpipeline.core.Fixtures.ACCOUNT_SID;
import static io.callpipeline.core.Fixtures.CALL_SID;
import static io.callpipeline.core.Fixtures.RECORDING_SID;
import static io.callpipeline.core.Fixtures.recordingJson;
import static io.callpipeline.core.Fixtures.recordingPath;
import static io.callpipeline.core.Fixtures.wavPath;
import static io.callpipeline.core.pipeline.ScriptedProviders.heard;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.callpipeline.core.PermanentProcessingException;
import io.callpipeline.core.ReasonCode;
import io.callpipeline.core.TransientProcessingException;
import io.callpipeline.core.audio.AudioSettings;
import io.callpipeline.core.call.ProcessingStage;
import io.callpipeline.core.event.RecordingEvent;
import io.callpipeline.core.privacy.PiiKind;
import io.callpipeline.core.store.InMemoryTranscriptStore;
import io.callpipeline.core.testing.Wavs;
import io.callpipeline.core.transcription.Speaker;
import io.callpipeline.core.transcription.Transcript;
import io.callpipeline.core.transcription.TranscriptSegment;
import io.callpipeline.core.transcription.TranscriptionRequest;
import io.callpipeline.core.twilio.TwilioRecordingCallback;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What the run does with the audio before and around the transcriber: a recording with no speech is
 * never sent, a two-channel call is transcribed side by side and read as the dialogue it was, and
 * each side is paid for once across retries, with nothing of it left on disk once the call ends.
 */
class DialogueRunTest {

    @RegisterExtension
    static WireMockExtension twilio = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @TempDir
    Path workDirectory;

    private InMemoryTranscriptStore store = new InMemoryTranscriptStore();
    private final ScriptedProviders providers = new ScriptedProviders();
    /** What each side's file says, by its channel's suffix ({@code ch1} the caller, {@code ch2} the agent). */
    private final Map<String, Function<TranscriptionRequest, Transcript>> sides = new HashMap<>();
    /** Each request's side and the number of channels of the file it sent. */
    private final List<String> sent = new ArrayList<>();

    @BeforeEach
    void stubTwilio() {
        ScriptedProviders.stubTwilio(twilio);
        providers.transcribing(request -> {
            byte[] audio = read(request.audio().path());
            String name = request.audio().path().getFileName().toString();
            String side = name.contains("-ch") ? name.replaceAll(".*-(ch\\d).*", "$1") : "mixed";
            sent.add(side + "/" + Wavs.channels(audio));
            return sides.getOrDefault(side, r -> heard("תודה רבה.", 6)).apply(request);
        });
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void recordingIs(byte[] wav, int channels) {
        String json = recordingJson(ACCOUNT_SID, CALL_SID, RECORDING_SID, "completed")
                .replace("\"channels\":1", "\"channels\":" + channels);
        twilio.stubFor(get(recordingPath(RECORDING_SID)).willReturn(okJson(json)));
        twilio.stubFor(get(urlPathEqualTo(wavPath(RECORDING_SID))).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "audio/x-wav").withBody(wav)));
    }

    /** A side's transcript of segments given as start, end, text. */
    private static Function<TranscriptionRequest, Transcript> says(String... startEndText) {
        List<TranscriptSegment> segments = new ArrayList<>();
        for (int i = 0; i < startEndText.length; i += 3) {
            segments.add(TranscriptSegment.of(Double.parseDouble(startEndText[i]), Double.parseDouble(startEndText[i + 1]),
                    startEndText[i + 2]));
        }
        String text = String.join(" ", segments.stream().map(TranscriptSegment::text).toList());
        return request -> new Transcript(null, text, segments, ScriptedProviders.MODEL, 10.7);
    }

    private CallRecordingPipeline pipeline(AudioSettings audio) {
        return providers.builder(twilio.baseUrl(), store, workDirectory).audioSettings(audio).build();
    }

    private static RecordingEvent event() {
        return TwilioRecordingCallback.parse(Map.of("AccountSid", ACCOUNT_SID, "CallSid", CALL_SID,
                "RecordingSid", RECORDING_SID, "RecordingStatus", "completed", "RecordingDuration", "20"));
    }

    private List<Path> filesLeft() throws IOException {
        try (Stream<Path> left = Files.walk(workDirectory)) {
            return left.filter(Files::isRegularFile).toList();
        }
    }

    @Test
    void aRecordingOfHissIsNeverSentToTheTranscriberNorAnswered() throws IOException {
        recordingIs(Wavs.mono(Wavs.noise(20, -50, 11)), 1);

        ProcessingOutcome outcome = pipeline(AudioSettings.DEFAULTS).process(event());

        assertThat(outcome).isInstanceOfSatisfying(ProcessingOutcome.Gibberish.class, g -> {
            assertThat(g.verdict().reasonCode()).isEqualTo("no_speech_audio");
            assertThat(g.verdict().explanation()).contains("20 שניות");
        });
        Transcript transcript = store.find(RECORDING_SID).orElseThrow().transcript();
        assertThat(transcript.passes()).as("nothing paid for").isZero();
        assertThat(transcript.text()).isEmpty();
        assertThat(transcript.durationSeconds()).isEqualTo(20.0);
        assertThat(sent).isEmpty();
        assertThat(providers.responses).isEmpty();
        assertThat(filesLeft()).isEmpty();
    }

    @Test
    void withTheMeasureOffTheSameHissIsTranscribedAndJudgedByWhatComesBack() {
        recordingIs(Wavs.mono(Wavs.noise(20, -50, 11)), 1);
        sides.put("mixed", r -> heard("תודה שצפיתם!", 20));

        ProcessingOutcome outcome = pipeline(new AudioSettings(Duration.ZERO, true)).process(event());

        assertThat(outcome.record().stage()).isEqualTo(ProcessingStage.GIBBERISH);
        assertThat(outcome.record().verdict().reasonCode()).isEqualTo("hallucination_phrase");
        assertThat(sent).containsExactly("mixed/1");
    }

    @Test
    void aDualChannelCallIsTranscribedSideBySideEachSideMonoAndAnsweredAsADialogue() {
        recordingIs(Wavs.resource("dual-he-8k.wav"), 2);
        sides.put("ch1", says("0.5", "5.3", "Здравствуйте, я ищу четырёхкомнатную квартиру в Рамат-Гане с парковкой."));
        sides.put("ch2", says("5.8", "8.0", "בטח, יש לנו דירה מתאימה ברחוב ביאליק.",
                "8.0", "10.2", "מתי נוח לך לבוא לראות אותה?"));

        ProcessingOutcome outcome = pipeline(AudioSettings.DEFAULTS).process(event());

        assertThat(outcome).isInstanceOf(ProcessingOutcome.Completed.class);
        Transcript transcript = outcome.record().transcript();
        assertThat(transcript.segments()).extracting(TranscriptSegment::speaker)
                .containsExactly(Speaker.CALLER, Speaker.AGENT, Speaker.AGENT);
        assertThat(transcript.text()).startsWith("Здравствуйте").endsWith("לראות אותה?");
        assertThat(transcript.language()).as("the caller's language, not the agent's").isEqualTo("ru");
        assertThat(transcript.passes()).isEqualTo(1);
        assertThat(transcript.model()).isEqualTo(ScriptedProviders.MODEL);
        assertThat(transcript.durationSeconds()).isCloseTo(10.66, org.assertj.core.data.Offset.offset(0.01));
        assertThat(sent).containsExactly("ch1/1", "ch2/1");
        assertThat(providers.responses.get(0).transcript().dialogue()).isTrue();
        twilio.verify(1, getRequestedFor(urlEqualTo(wavPath(RECORDING_SID) + "?RequestedChannels=2")));
    }

    @Test
    void aDialogueReadsInTheOrderItWasSpokenWhicheverSideSpokeFirstAndLeavesNoSideBehind() throws IOException {
        recordingIs(Wavs.resource("dual-he-8k.wav"), 2);
        sides.put("ch1", says("2.0", "4.0", "כן, אני מתקשר לגבי הדירה.", "4.0", "4.5", " ", "7.0", "8.0", "תודה."));
        sides.put("ch2", says("0.5", "1.8", "משרד תיווך, שלום.", "4.5", "6.5", "איזו דירה?", "7.0", "7.5", "בבקשה."));

        Transcript transcript = pipeline(AudioSettings.DEFAULTS).process(event()).record().transcript();

        assertThat(transcript.segments()).extracting(TranscriptSegment::speaker).as("by time; at the same time, the caller first")
                .containsExactly(Speaker.AGENT, Speaker.CALLER, Speaker.CALLER, Speaker.AGENT, Speaker.CALLER, Speaker.AGENT);
        assertThat(transcript.text()).as("an empty segment adds no space")
                .isEqualTo("משרד תיווך, שלום. כן, אני מתקשר לגבי הדירה. איזו דירה? תודה. בבקשה.");
        assertThat(filesLeft()).as("each side's file is deleted").isEmpty();
    }

    @Test
    void aSideWithoutSegmentsIsOneSegmentOfTheWholeSide() {
        recordingIs(Wavs.resource("dual-he-8k.wav"), 2);
        sides.put("ch1", r -> new Transcript(null, "שלום, אני מחפש דירה ברמת גן עם מרפסת.", List.of(),
                ScriptedProviders.MODEL, 10.7));
        sides.put("ch2", r -> new Transcript(null, " ", List.of(), ScriptedProviders.MODEL, 10.7));

        Transcript transcript = pipeline(AudioSettings.DEFAULTS).process(event()).record().transcript();

        assertThat(transcript.segments()).singleElement().satisfies(segment -> {
            assertThat(segment.speaker()).isEqualTo(Speaker.CALLER);
            assertThat(segment.startSeconds()).isZero();
            assertThat(segment.endSeconds()).isCloseTo(10.66, org.assertj.core.data.Offset.offset(0.01));
        });
    }

    @Test
    void aSideTranscribedBeforeTheOtherSideFailedIsNotPaidForAgainOnTheRetry() throws IOException {
        recordingIs(Wavs.resource("dual-he-8k.wav"), 2);
        sides.put("ch1", says("0.5", "5.3", "שלום, אני מחפש דירת ארבעה חדרים ברמת גן, עם ממד וחניה."));
        sides.put("ch2", r -> {
            sides.put("ch2", says("5.8", "8.0", "בטח, יש לנו דירה מתאימה ברחוב ביאליק."));
            throw new TransientProcessingException(ReasonCode.OPENAI_UNAVAILABLE, "500");
        });
        CallRecordingPipeline pipeline = pipeline(AudioSettings.DEFAULTS);

        ProcessingOutcome failed = pipeline.process(event());
        ProcessingOutcome retried = pipeline.process(event());

        assertThat(failed).isInstanceOfSatisfying(ProcessingOutcome.Failed.class,
                f -> assertThat(f.retryable()).isTrue());
        assertThat(retried).isInstanceOf(ProcessingOutcome.Completed.class);
        assertThat(retried.record().transcript().segments()).extracting(TranscriptSegment::speaker)
                .containsExactly(Speaker.CALLER, Speaker.AGENT);
        assertThat(sent).as("the caller's side paid once, the agent's twice").containsExactly("ch1/1", "ch2/1", "ch2/1");
        assertThat(filesLeft()).as("no side kept once the dialogue is saved").isEmpty();
    }

    @Test
    void aSideKeptOnDiskForTheRetryHoldsNoPersonalNumberAndTheDialogueCountsIt() throws IOException {
        recordingIs(Wavs.resource("dual-he-8k.wav"), 2);
        sides.put("ch1", says("0.5", "5.3", "שלום, תעודת הזהות שלי 123456782 ואני מחפש דירה ברמת גן"));
        sides.put("ch2", r -> {
            throw new TransientProcessingException(ReasonCode.OPENAI_UNAVAILABLE, "500");
        });
        CallRecordingPipeline pipeline = pipeline(AudioSettings.DEFAULTS);

        assertThat(pipeline.process(event())).isInstanceOf(ProcessingOutcome.Failed.class);

        StringBuilder kept = new StringBuilder();
        for (Path file : filesLeft()) {
            kept.append(Files.readString(file));
        }
        assertThat(kept).as("the caller's side, kept for the retry").contains("[ת״ז]").doesNotContain("123456782");

        sides.put("ch2", says("5.8", "8.0", "בטח, יש לנו דירה מתאימה ברחוב ביאליק."));
        ProcessingOutcome retried = pipeline.process(event());
        assertThat(retried).isInstanceOf(ProcessingOutcome.Completed.class);
        assertThat(retried.record().transcript().redactions()).isEqualTo(Map.of(PiiKind.ISRAELI_ID, 1));
        assertThat(retried.record().transcript().text()).doesNotContain("123456782");
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void aKeptSideIsNotLeftBehindWhenTheCallEndsWithoutIt(boolean agentSideRefusedForGood) throws IOException {
        recordingIs(Wavs.resource("dual-he-8k.wav"), 2);
        sides.put("ch1", says("0.5", "5.3", "שלום, אני מחפש דירת ארבעה חדרים ברמת גן, עם ממד וחניה."));
        sides.put("ch2", r -> {
            throw agentSideRefusedForGood ? new PermanentProcessingException(ReasonCode.OPENAI_BAD_REQUEST, "400")
                    : new TransientProcessingException(ReasonCode.OPENAI_UNAVAILABLE, "500");
        });
        CallRecordingPipeline pipeline = pipeline(AudioSettings.DEFAULTS);

        ProcessingOutcome outcome = pipeline.process(event());
        if (!agentSideRefusedForGood) {
            pipeline.discardKeptResults(RECORDING_SID); // what the queue does when it gives up retrying
        }

        assertThat(outcome).isInstanceOfSatisfying(ProcessingOutcome.Failed.class,
                failed -> assertThat(failed.retryable()).isEqualTo(!agentSideRefusedForGood));
        assertThat(filesLeft()).as("the caller's kept side, once the call has ended").isEmpty();
    }

    @Test
    void aSilentSideIsNotSentAndSplittingCanBeTurnedOff() {
        short[] caller = Wavs.samples(Wavs.resource("speech-he-8k.wav"));
        recordingIs(Wavs.stereo(caller, Wavs.noise(caller.length / Wavs.RATE, -55, 5)), 2);
        sides.put("ch1", says("0.5", "5.3", "שלום, אני מחפש דירת ארבעה חדרים ברמת גן, עם ממד וחניה."));

        Transcript split = pipeline(AudioSettings.DEFAULTS).process(event()).record().transcript();

        assertThat(split.segments()).extracting(TranscriptSegment::speaker).containsExactly(Speaker.CALLER);
        assertThat(sent).containsExactly("ch1/1");

        store = new InMemoryTranscriptStore();
        sent.clear();
        sides.put("mixed", r -> heard("שלום, אני מחפש דירת ארבעה חדרים ברמת גן, עם ממד וחניה.", 6));
        Transcript mixed = pipeline(new AudioSettings(AudioSettings.DEFAULTS.minSpeech(), false)).process(event())
                .record().transcript();

        assertThat(mixed.dialogue()).isFalse();
        assertThat(sent).containsExactly("mixed/2");
    }
}
