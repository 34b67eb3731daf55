package io.callpipeline.core.pipeline;

import static com.github.tomakehurst.wiremock.client.WireMock.aMultipart;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.callpipeline.core.Fixtures.ACCOUNT_SID;
import static io.callpipeline.core.Fixtures.CALL_SID;
import static io.callpipeline.core.Fixtures.RECORDING_SID;
import static io.callpipeline.core.Fixtures.openAiError;
import static io.callpipeline.core.Fixtures.recordingJson;
import static io.callpipeline.core.Fixtures.recordingPath;
import static io.callpipeline.core.Fixtures.verboseTranscription;
import static io.callpipeline.core.Fixtures.wavPath;
import static io.callpipeline.core.pipeline.PipelineAgainstStubs.CHAT;
import static io.callpipeline.core.pipeline.PipelineAgainstStubs.TRANSCRIPTIONS;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.callpipeline.core.audio.AudioSettings;
import io.callpipeline.core.call.ProcessingStage;
import io.callpipeline.core.event.RecordingEvent;
import io.callpipeline.core.store.InMemoryTranscriptStore;
import io.callpipeline.core.testing.Wavs;
import io.callpipeline.core.transcription.Speaker;
import io.callpipeline.core.transcription.Transcript;
import io.callpipeline.core.transcription.TranscriptSegment;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import io.callpipeline.core.twilio.TwilioRecordingCallback;

/**
 * What the pipeline does with the audio before paying for a transcription, through twilio-java,
 * openai-java and WireMock: a recording with no speech is never sent; a dual-channel recording is
 * sent one side at a time and comes back as a dialogue the responder reads by speaker.
 */
class SpeechAndChannelsTest {

    @RegisterExtension
    static WireMockExtension twilio = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @RegisterExtension
    static WireMockExtension openai = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @TempDir
    Path workDirectory;

    private InMemoryTranscriptStore store = new InMemoryTranscriptStore();

    @BeforeEach
    void stubTwilioAndTheResponder() {
        PipelineAgainstStubs.stubTwilioAndResponder(twilio, openai);
    }

    private void recordingIs(byte[] wav, int channels) {
        String json = recordingJson(ACCOUNT_SID, CALL_SID, RECORDING_SID, "completed")
                .replace("\"channels\":1", "\"channels\":" + channels);
        twilio.stubFor(get(recordingPath(RECORDING_SID)).willReturn(okJson(json)));
        twilio.stubFor(get(urlPathEqualTo(wavPath(RECORDING_SID))).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "audio/x-wav").withBody(wav)));
    }

    private void sideSays(String side, String json) {
        openai.stubFor(post(TRANSCRIPTIONS).withMultipartRequestBody(aMultipart("file")
                .withHeader("Content-Disposition", containing(RECORDING_SID + "-" + side + ".wav")))
                .willReturn(okJson(json)));
    }

    private CallRecordingPipeline pipeline(AudioSettings audio) {
        return PipelineAgainstStubs.builder(twilio.baseUrl(), openai.baseUrl(), store, workDirectory)
                .audioSettings(audio)
                .build();
    }

    private static RecordingEvent event() {
        return TwilioRecordingCallback.parse(Map.of("AccountSid", ACCOUNT_SID, "CallSid", CALL_SID,
                "RecordingSid", RECORDING_SID, "RecordingStatus", "completed", "RecordingDuration", "20"));
    }

    private static String segments(String... startEndText) {
        StringBuilder json = new StringBuilder("{\"task\":\"transcribe\",\"language\":\"hebrew\",\"duration\":10.7,"
                + "\"text\":\"…\",\"segments\":[");
        for (int i = 0; i < startEndText.length; i += 3) {
            json.append(i == 0 ? "" : ",").append("""
                {"id":%d,"seek":0,"start":%s,"end":%s,"text":"%s","tokens":[1],"temperature":0.0,
                 "avg_logprob":-0.2,"compression_ratio":1.1,"no_speech_prob":0.01}""".formatted(i / 3,
                    startEndText[i], startEndText[i + 1], startEndText[i + 2]));
        }
        return json.append("]}").toString();
    }

    @Test
    void aRecordingOfHissIsNeverSentToTheTranscriber() throws IOException {
        recordingIs(Wavs.mono(Wavs.noise(20, -50, 11)), 1);
        openai.stubFor(post(TRANSCRIPTIONS).willReturn(okJson(verboseTranscription("תודה שצפיתם!", 20))));

        ProcessingOutcome outcome = pipeline(AudioSettings.DEFAULTS).process(event());

        assertThat(outcome).isInstanceOfSatisfying(ProcessingOutcome.Gibberish.class, g -> {
            assertThat(g.verdict().reasonCode()).isEqualTo("no_speech_audio");
            assertThat(g.verdict().explanation()).contains("20 שניות").contains("לא נשלחה לתמלול");
        });
        Transcript transcript = store.find(RECORDING_SID).orElseThrow().transcript();
        assertThat(transcript.passes()).as("nothing paid for").isZero();
        assertThat(transcript.text()).isEmpty();
        assertThat(transcript.durationSeconds()).isEqualTo(20.0);
        openai.verify(0, postRequestedFor(urlEqualTo(TRANSCRIPTIONS)));
        openai.verify(0, postRequestedFor(urlEqualTo(CHAT)));
        try (Stream<Path> left = Files.walk(workDirectory)) {
            assertThat(left.filter(Files::isRegularFile)).isEmpty();
        }
    }

    @Test
    void withTheMeasureOffTheSameHissIsTranscribedAndJudgedByWhatComesBack() {
        recordingIs(Wavs.mono(Wavs.noise(20, -50, 11)), 1);
        openai.stubFor(post(TRANSCRIPTIONS).willReturn(okJson(verboseTranscription("תודה שצפיתם!", 20))));

        ProcessingOutcome outcome = pipeline(new AudioSettings(Duration.ZERO, true)).process(event());

        assertThat(outcome.record().stage()).isEqualTo(ProcessingStage.GIBBERISH);
        assertThat(outcome.record().verdict().reasonCode()).isEqualTo("hallucination_phrase");
        openai.verify(1, postRequestedFor(urlEqualTo(TRANSCRIPTIONS)));
    }

    @Test
    void aDualChannelCallIsTranscribedSideBySideAndAnsweredAsADialogue() {
        recordingIs(Wavs.resource("dual-he-8k.wav"), 2);
        sideSays("ch1", segments("0.5", "5.3", "Здравствуйте, я ищу четырёхкомнатную квартиру в Рамат-Гане с парковкой."));
        sideSays("ch2", segments("5.8", "8.0", "בטח, יש לנו דירה מתאימה ברחוב ביאליק.",
                "8.0", "10.2", "מתי נוח לך לבוא לראות אותה?"));

        ProcessingOutcome outcome = pipeline(AudioSettings.DEFAULTS).process(event());

        assertThat(outcome).isInstanceOf(ProcessingOutcome.Completed.class);
        Transcript transcript = outcome.record().transcript();
        assertThat(transcript.segments()).extracting(TranscriptSegment::speaker)
                .containsExactly(Speaker.CALLER, Speaker.AGENT, Speaker.AGENT);
        assertThat(transcript.text()).startsWith("Здравствуйте").endsWith("לראות אותה?");
        assertThat(transcript.language()).as("the caller's language, not the agent's").isEqualTo("ru");
        assertThat(transcript.passes()).isEqualTo(1);
        assertThat(transcript.durationSeconds()).isCloseTo(10.66, org.assertj.core.data.Offset.offset(0.01));
        List<LoggedRequest> sent = openai.findAll(postRequestedFor(urlEqualTo(TRANSCRIPTIONS)));
        assertThat(sent).hasSize(2);
        assertThat(sent).allSatisfy(request -> assertThat(Wavs.channels(request.getPart("file").getBody().asBytes()))
                .as("each side sent as mono").isEqualTo(1));
        String asked = openai.findAll(postRequestedFor(urlEqualTo(CHAT))).get(0).getBodyAsString();
        assertThat(asked).contains("מתקשר: Здравствуйте").contains("סוכן: בטח, יש לנו דירה מתאימה ברחוב ביאליק. מתי נוח");
        twilio.verify(1, com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor(
                urlEqualTo(wavPath(RECORDING_SID) + "?RequestedChannels=2")));
    }

    @Test
    void aDialogueReadsInTheOrderItWasSpokenWhicheverSideSpokeFirstAndLeavesNoSideBehind() throws IOException {
        recordingIs(Wavs.resource("dual-he-8k.wav"), 2);
        sideSays("ch1", segments("2.0", "4.0", "כן, אני מתקשר לגבי הדירה.", "4.0", "4.5", " ", "7.0", "8.0", "תודה."));
        sideSays("ch2", segments("0.5", "1.8", "משרד תיווך, שלום.", "4.5", "6.5", "איזו דירה?", "7.0", "7.5", "בבקשה."));

        ProcessingOutcome outcome = pipeline(AudioSettings.DEFAULTS).process(event());

        Transcript transcript = outcome.record().transcript();
        assertThat(transcript.segments()).extracting(TranscriptSegment::speaker).as("by time; at the same time, the caller first")
                .containsExactly(Speaker.AGENT, Speaker.CALLER, Speaker.CALLER, Speaker.AGENT, Speaker.CALLER, Speaker.AGENT);
        assertThat(transcript.text()).as("an empty segment adds no space")
                .isEqualTo("משרד תיווך, שלום. כן, אני מתקשר לגבי הדירה. איזו דירה? תודה. בבקשה.");
        try (Stream<Path> left = Files.walk(workDirectory)) {
            assertThat(left.filter(Files::isRegularFile)).as("each side's file is deleted").isEmpty();
        }
    }

    @Test
    void aSideTranscribedBeforeTheOtherSideFailedIsNotPaidForAgainOnTheRetry() throws IOException {
        recordingIs(Wavs.resource("dual-he-8k.wav"), 2);
        sideSays("ch1", segments("0.5", "5.3", "שלום, אני מחפש דירת ארבעה חדרים ברמת גן, עם ממד וחניה."));
        openai.stubFor(post(TRANSCRIPTIONS).inScenario("agent").whenScenarioStateIs(Scenario.STARTED)
                .withMultipartRequestBody(aMultipart("file")
                        .withHeader("Content-Disposition", containing(RECORDING_SID + "-ch2.wav")))
                .willReturn(aResponse().withStatus(500).withHeader("Content-Type", "application/json")
                        .withBody(openAiError("The server had an error", "server_error", null)))
                .willSetStateTo("recovered"));
        openai.stubFor(post(TRANSCRIPTIONS).inScenario("agent").whenScenarioStateIs("recovered")
                .withMultipartRequestBody(aMultipart("file")
                        .withHeader("Content-Disposition", containing(RECORDING_SID + "-ch2.wav")))
                .willReturn(okJson(segments("5.8", "8.0", "בטח, יש לנו דירה מתאימה ברחוב ביאליק."))));
        CallRecordingPipeline pipeline = pipeline(AudioSettings.DEFAULTS);

        ProcessingOutcome failed = pipeline.process(event());
        ProcessingOutcome retried = pipeline.process(event());

        assertThat(failed).isInstanceOfSatisfying(ProcessingOutcome.Failed.class,
                f -> assertThat(f.retryable()).isTrue());
        assertThat(retried).isInstanceOf(ProcessingOutcome.Completed.class);
        assertThat(retried.record().transcript().segments()).extracting(TranscriptSegment::speaker)
                .containsExactly(Speaker.CALLER, Speaker.AGENT);
        List<String> sentSides = openai.findAll(postRequestedFor(urlEqualTo(TRANSCRIPTIONS))).stream()
                .map(r -> r.getPart("file").getHeader("Content-Disposition").firstValue())
                .map(disposition -> disposition.replaceAll(".*-(ch\\d).*", "$1")).toList();
        assertThat(sentSides).as("the caller's side paid once, the agent's twice").containsExactly("ch1", "ch2", "ch2");
        try (Stream<Path> left = Files.walk(workDirectory)) {
            assertThat(left.filter(Files::isRegularFile)).as("no side kept once the dialogue is saved").isEmpty();
        }
    }

    @Test
    void aSideKeptOnDiskForTheRetryHoldsNoPersonalNumberAndTheDialogueCountsIt() throws IOException {
        recordingIs(Wavs.resource("dual-he-8k.wav"), 2);
        sideSays("ch1", segments("0.5", "5.3", "שלום, תעודת הזהות שלי 123456782 ואני מחפש דירה ברמת גן"));
        openai.stubFor(post(TRANSCRIPTIONS).withMultipartRequestBody(aMultipart("file")
                        .withHeader("Content-Disposition", containing(RECORDING_SID + "-ch2.wav")))
                .willReturn(aResponse().withStatus(500).withHeader("Content-Type", "application/json")
                        .withBody(openAiError("The server had an error", "server_error", null))));
        CallRecordingPipeline pipeline = pipeline(AudioSettings.DEFAULTS);

        assertThat(pipeline.process(event())).isInstanceOf(ProcessingOutcome.Failed.class);

        StringBuilder kept = new StringBuilder();
        try (Stream<Path> left = Files.walk(workDirectory)) {
            for (Path file : left.filter(Files::isRegularFile).toList()) {
                kept.append(Files.readString(file));
            }
        }
        assertThat(kept).as("the caller's side, kept for the retry").contains("[ת״ז]").doesNotContain("123456782");

        sideSays("ch2", segments("5.8", "8.0", "בטח, יש לנו דירה מתאימה ברחוב ביאליק."));
        ProcessingOutcome retried = pipeline.process(event());
        assertThat(retried).isInstanceOf(ProcessingOutcome.Completed.class);
        assertThat(retried.record().transcript().redactions())
                .isEqualTo(java.util.Map.of(io.callpipeline.core.privacy.PiiKind.ISRAELI_ID, 1));
        assertThat(retried.record().transcript().text()).doesNotContain("123456782");
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void aKeptSideIsNotLeftBehindWhenTheCallEndsWithoutIt(boolean agentSideRefusedForGood) throws IOException {
        recordingIs(Wavs.resource("dual-he-8k.wav"), 2);
        sideSays("ch1", segments("0.5", "5.3", "שלום, אני מחפש דירת ארבעה חדרים ברמת גן, עם ממד וחניה."));
        openai.stubFor(post(TRANSCRIPTIONS).withMultipartRequestBody(aMultipart("file")
                        .withHeader("Content-Disposition", containing(RECORDING_SID + "-ch2.wav")))
                .willReturn(aResponse().withStatus(agentSideRefusedForGood ? 400 : 500)
                        .withHeader("Content-Type", "application/json")
                        .withBody(openAiError("refused", agentSideRefusedForGood ? "invalid_request_error" : "server_error",
                                null))));
        CallRecordingPipeline pipeline = pipeline(AudioSettings.DEFAULTS);

        ProcessingOutcome outcome = pipeline.process(event());
        if (!agentSideRefusedForGood) {
            pipeline.discardKeptResults(RECORDING_SID); // what the queue does when it gives up retrying
        }

        assertThat(outcome).isInstanceOfSatisfying(ProcessingOutcome.Failed.class,
                failed -> assertThat(failed.retryable()).isEqualTo(!agentSideRefusedForGood));
        try (Stream<Path> left = Files.walk(workDirectory)) {
            assertThat(left.filter(Files::isRegularFile)).as("the caller's kept side, once the call has ended")
                    .isEmpty();
        }
    }

    @Test
    void aSilentSideIsNotSentAndSplittingCanBeTurnedOff() {
        short[] caller = Wavs.samples(Wavs.resource("speech-he-8k.wav"));
        recordingIs(Wavs.stereo(caller, Wavs.noise(caller.length / Wavs.RATE, -55, 5)), 2);
        sideSays("ch1", segments("0.5", "5.3", "שלום, אני מחפש דירת ארבעה חדרים ברמת גן, עם ממד וחניה."));
        openai.stubFor(post(TRANSCRIPTIONS).atPriority(10).willReturn(okJson(verboseTranscription("תודה רבה.", 6))));

        Transcript split = pipeline(AudioSettings.DEFAULTS).process(event()).record().transcript();

        assertThat(split.segments()).extracting(TranscriptSegment::speaker).containsExactly(Speaker.CALLER);
        openai.verify(1, postRequestedFor(urlEqualTo(TRANSCRIPTIONS)));

        store = new InMemoryTranscriptStore();
        openai.resetRequests();
        openai.stubFor(post(TRANSCRIPTIONS).atPriority(1).willReturn(okJson(verboseTranscription(
                "שלום, אני מחפש דירת ארבעה חדרים ברמת גן, עם ממד וחניה.", 6))));
        Transcript mixed = pipeline(new AudioSettings(AudioSettings.DEFAULTS.minSpeech(), false)).process(event())
                .record().transcript();

        assertThat(mixed.dialogue()).isFalse();
        List<LoggedRequest> sent = openai.findAll(postRequestedFor(urlEqualTo(TRANSCRIPTIONS)));
        assertThat(sent).hasSize(1);
        assertThat(Wavs.channels(sent.get(0).getPart("file").getBody().asBytes())).isEqualTo(2);
    }
}
