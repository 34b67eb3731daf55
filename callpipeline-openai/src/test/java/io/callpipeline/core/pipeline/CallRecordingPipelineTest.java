package io.callpipeline.core.pipeline;

import static com.github.tomakehurst.wiremock.client.WireMock.aMultipart;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.callpipeline.core.Fixtures.ACCOUNT_SID;
import static io.callpipeline.core.Fixtures.CALL_SID;
import static io.callpipeline.core.Fixtures.HEBREW_TEXT;
import static io.callpipeline.core.Fixtures.RECORDING_SID;
import static io.callpipeline.core.Fixtures.callPath;
import static io.callpipeline.core.Fixtures.chatCompletion;
import static io.callpipeline.core.Fixtures.openAiError;
import static io.callpipeline.core.Fixtures.recordingPath;
import static io.callpipeline.core.Fixtures.verboseTranscription;
import static io.callpipeline.core.Fixtures.wavPath;
import static io.callpipeline.core.call.ProcessingStage.CHECKED;
import static io.callpipeline.core.call.ProcessingStage.COMPLETED;
import static io.callpipeline.core.call.ProcessingStage.FAILED;
import static io.callpipeline.core.call.ProcessingStage.GIBBERISH;
import static io.callpipeline.core.call.ProcessingStage.TRANSCRIBED;
import static io.callpipeline.core.call.ProcessingStage.VERIFIED;
import static io.callpipeline.core.pipeline.PipelineAgainstStubs.CHAT;
import static io.callpipeline.core.pipeline.PipelineAgainstStubs.TRANSCRIPTIONS;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.callpipeline.core.call.CallRecord;
import io.callpipeline.core.call.ProcessingStage;
import io.callpipeline.core.event.RecordingEvent;
import io.callpipeline.core.response.CallResponse;
import io.callpipeline.core.store.InMemoryTranscriptStore;
import io.callpipeline.core.store.TranscriptStore;
import io.callpipeline.core.transcription.Transcript;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import io.callpipeline.core.twilio.TwilioRecordingCallback;

/**
 * The whole pipeline through the real SDKs: twilio-java and openai-java against two WireMock
 * servers that answer with the documented shapes.
 */
class CallRecordingPipelineTest {

    @RegisterExtension
    static WireMockExtension twilio = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @RegisterExtension
    static WireMockExtension openai = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @TempDir
    Path workDirectory;

    private final InMemoryTranscriptStore store = new InMemoryTranscriptStore();

    @BeforeEach
    void stubHappyPath() {
        PipelineAgainstStubs.stubHappyPath(twilio, openai);
    }

    private CallRecordingPipeline pipeline(TranscriptStore store) {
        return builder(store).build();
    }

    private PipelineBuilder builder(TranscriptStore store) {
        return PipelineAgainstStubs.builder(twilio.baseUrl(), openai.baseUrl(), store, workDirectory);
    }

    private CallRecordingPipeline pipeline() {
        return pipeline(store);
    }

    private static RecordingEvent event() {
        return TwilioRecordingCallback.parse(Map.of("AccountSid", ACCOUNT_SID, "CallSid", CALL_SID,
                "RecordingSid", RECORDING_SID, "RecordingStatus", "completed", "RecordingDuration", "4"));
    }

    private void assertNoTemporaryFilesLeft() throws IOException {
        try (Stream<Path> left = Files.walk(workDirectory)) {
            assertThat(left.filter(Files::isRegularFile)).as("files left in the work directory").isEmpty();
        }
    }

    private static int count(WireMockExtension server, com.github.tomakehurst.wiremock.matching.RequestPatternBuilder pattern) {
        return server.findAll(pattern).size();
    }

    @Test
    void turnsACallbackIntoATranscriptAndAResponseAndCleansUp() throws IOException {
        ProcessingOutcome outcome = pipeline().process(event());

        assertThat(outcome).isInstanceOf(ProcessingOutcome.Completed.class);
        CallRecord record = outcome.record();
        assertThat(record.stage()).isEqualTo(COMPLETED);
        assertThat(record.call().from()).isEqualTo("+972541234567");
        assertThat(record.transcript().text()).isEqualTo(HEBREW_TEXT);
        assertThat(record.transcript().language()).isEqualTo("he");
        assertThat(record.verdict().gibberish()).isFalse();
        assertThat(record.response().intent()).isEqualTo("קנייה");
        assertThat(record.failure()).isNull();
        assertThat(store.find(RECORDING_SID)).contains(record);
        assertThat(store.stages(RECORDING_SID)).containsExactly(VERIFIED, TRANSCRIBED, CHECKED, COMPLETED);
        assertNoTemporaryFilesLeft();

        twilio.verify(1, getRequestedFor(urlEqualTo(recordingPath(RECORDING_SID))));
        twilio.verify(1, getRequestedFor(urlEqualTo(callPath(CALL_SID))));
        twilio.verify(1, getRequestedFor(urlEqualTo(wavPath(RECORDING_SID))));
        openai.verify(1, postRequestedFor(urlEqualTo(TRANSCRIPTIONS))
                .withRequestBodyPart(aMultipart("language").withBody(equalTo("he")).build()));
        openai.verify(1, postRequestedFor(urlEqualTo(CHAT)));
    }

    @Test
    void recordingIsVerifiedBeforeAnythingIsDownloaded() {
        pipeline().process(event());

        List<ServeEvent> twilioCalls = chronological(twilio);
        List<ServeEvent> openAiCalls = chronological(openai);
        assertThat(twilioCalls).extracting(e -> e.getRequest().getUrl())
                .containsExactly(recordingPath(RECORDING_SID), callPath(CALL_SID), wavPath(RECORDING_SID));
        assertThat(openAiCalls).extracting(e -> e.getRequest().getUrl()).containsExactly(TRANSCRIPTIONS, CHAT);
        assertThat(openAiCalls.get(0).getRequest().getLoggedDate())
                .isAfterOrEqualTo(twilioCalls.get(2).getRequest().getLoggedDate());
    }

    private static List<ServeEvent> chronological(WireMockExtension server) {
        List<ServeEvent> events = new java.util.ArrayList<>(server.getAllServeEvents());
        java.util.Collections.reverse(events);
        return events;
    }

    @Test
    void unreadableAudioFailsPermanentlyAndCleansUp() throws IOException {
        openai.stubFor(post(TRANSCRIPTIONS).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/json")
                .withBody(openAiError("Invalid file format. Supported formats: ['flac', 'mp3', 'wav']",
                        "invalid_request_error", null))));

        ProcessingOutcome outcome = pipeline().process(event());

        assertFailed(outcome, "openai_bad_request", false);
        assertThat(store.find(RECORDING_SID).orElseThrow().stage()).isEqualTo(FAILED);
        openai.verify(0, postRequestedFor(urlEqualTo(CHAT)));
        assertNoTemporaryFilesLeft();
    }

    @Test
    void badApiKeyFailsPermanently() {
        openai.stubFor(post(TRANSCRIPTIONS).willReturn(aResponse().withStatus(401)
                .withHeader("Content-Type", "application/json")
                .withBody(openAiError("Incorrect API key provided", "invalid_request_error", "invalid_api_key"))));

        assertFailed(pipeline().process(event()), "openai_unauthorized", false);
    }

    @Test
    void spentQuotaFailsPermanentlyButKeepsTheTranscript() {
        openai.stubFor(post(CHAT).willReturn(aResponse().withStatus(429).withHeader("Content-Type", "application/json")
                .withBody(openAiError("You exceeded your current quota", "insufficient_quota", "insufficient_quota"))));

        ProcessingOutcome outcome = pipeline().process(event());

        assertFailed(outcome, "openai_insufficient_quota", false);
        assertThat(outcome.record().transcript().text()).isEqualTo(HEBREW_TEXT);
        assertThat(outcome.record().stage()).isEqualTo(FAILED);
    }

    private static void assertFailed(ProcessingOutcome outcome, String reason, boolean retryable) {
        assertThat(outcome).isInstanceOfSatisfying(ProcessingOutcome.Failed.class, f -> {
            assertThat(f.failure().reasonCode()).as(f.failure().message()).isEqualTo(reason);
            assertThat(f.retryable()).isEqualTo(retryable);
        });
    }

    @Test
    void listenerHearsEveryStepWithItsTimeAndTheFailingStepWithItsReason() {
        openai.stubFor(post(CHAT).willReturn(aResponse().withStatus(401).withHeader("Content-Type", "application/json")
                .withBody(openAiError("Incorrect API key provided", "invalid_request_error", "invalid_api_key"))));
        List<StepTiming> heard = new CopyOnWriteArrayList<>();

        long before = System.nanoTime();
        ProcessingOutcome outcome = builder(store).listener(heard::add).build().process(event());
        Duration whole = Duration.ofNanos(System.nanoTime() - before);

        assertFailed(outcome, "openai_unauthorized", false);
        assertThat(heard.stream().map(StepTiming::duration).reduce(Duration.ZERO, Duration::plus))
                .as("the steps' times fit in the run's").isLessThanOrEqualTo(whole);
        assertThat(heard).extracting(StepTiming::step).containsExactly(PipelineStep.VERIFY, PipelineStep.DOWNLOAD,
                PipelineStep.LISTEN, PipelineStep.TRANSCRIBE, PipelineStep.CHECK, PipelineStep.RESPOND);
        assertThat(heard).allSatisfy(t -> {
            assertThat(t.recordingSid()).isEqualTo(RECORDING_SID);
            assertThat(t.duration()).isPositive();
        });
        assertThat(heard).extracting(StepTiming::failureReason)
                .containsExactly(null, null, null, null, null, io.callpipeline.core.ReasonCode.OPENAI_UNAUTHORIZED);
    }

    @Test
    void oneThrowingListenerDoesNotSilenceTheOthers() {
        List<StepTiming> heard = new CopyOnWriteArrayList<>();
        PipelineListener broken = t -> {
            throw new IllegalStateException("metrics backend down");
        };

        builder(store).listener(PipelineListener.all(List.of(broken, heard::add))).build().process(event());

        assertThat(heard).extracting(StepTiming::step).containsExactly(PipelineStep.VERIFY, PipelineStep.DOWNLOAD,
                PipelineStep.LISTEN, PipelineStep.TRANSCRIBE, PipelineStep.CHECK, PipelineStep.RESPOND);
    }

    @Test
    void throwingListenerNeverFailsTheCall() {
        ProcessingOutcome outcome = builder(store).listener(t -> {
            throw new IllegalStateException("metrics backend down");
        }).build().process(event());

        assertThat(outcome).isInstanceOf(ProcessingOutcome.Completed.class);
    }

    @Test
    void transientFailureIsRetriedAndResumesWithoutASecondTranscription() throws IOException {
        MappingBuilder first = post(CHAT).inScenario("chat").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(503).withHeader("Content-Type", "application/json")
                        .withBody(openAiError("The server is overloaded", "server_error", null)))
                .willSetStateTo("recovered");
        openai.stubFor(first);
        openai.stubFor(post(CHAT).inScenario("chat").whenScenarioStateIs("recovered")
                .willReturn(okJson(chatCompletion())));
        CallRecordingPipeline pipeline = pipeline();

        ProcessingOutcome firstRun = pipeline.process(event());
        assertFailed(firstRun, "openai_unavailable", true);
        assertThat(firstRun.record().stage()).isEqualTo(CHECKED);
        assertNoTemporaryFilesLeft();

        ProcessingOutcome secondRun = pipeline.process(event());

        assertThat(secondRun).isInstanceOf(ProcessingOutcome.Completed.class);
        assertThat(secondRun.record().failure()).isNull();
        twilio.verify(1, getRequestedFor(urlEqualTo(recordingPath(RECORDING_SID))));
        twilio.verify(1, getRequestedFor(urlEqualTo(wavPath(RECORDING_SID))));
        openai.verify(1, postRequestedFor(urlEqualTo(TRANSCRIPTIONS)));
        openai.verify(2, postRequestedFor(urlEqualTo(CHAT)));
    }

    @Test
    void personalNumbersAreTakenOutBeforeTheTranscriptIsStoredOrSentToTheModel() {
        String said = "שלום, אני מתקשר לגבי הדירה ברמת גן. תעודת הזהות שלי 123456782 ואפשר לחזור אליי מחר";
        openai.stubFor(com.github.tomakehurst.wiremock.client.WireMock.post(TRANSCRIPTIONS).willReturn(
                com.github.tomakehurst.wiremock.client.WireMock.okJson(
                        io.callpipeline.core.Fixtures.verboseTranscription(said, 3.2))));

        ProcessingOutcome outcome = pipeline().process(event());

        assertThat(outcome).isInstanceOf(ProcessingOutcome.Completed.class);
        assertThat(outcome.record().transcript().text()).doesNotContain("123456782").contains("[ת״ז]");
        assertThat(outcome.record().transcript().segments()).allSatisfy(segment ->
                assertThat(segment.text()).doesNotContain("123456782"));
        assertThat(store.find(RECORDING_SID).orElseThrow().transcript().text()).doesNotContain("123456782");
        // what was taken out is counted with the transcript, by kind, and the count survives the later steps
        assertThat(outcome.record().transcript().redactions())
                .isEqualTo(Map.of(io.callpipeline.core.privacy.PiiKind.ISRAELI_ID, 1));
        openai.verify(1, postRequestedFor(urlEqualTo(CHAT)).withRequestBody(
                com.github.tomakehurst.wiremock.client.WireMock.notContaining("123456782")));
    }

    @Test
    void aHostThatAsksForItHasTheModelReadTheOriginalWhileOnlyTheRedactedTextIsStored() {
        String said = "שלום, אני מתקשר לגבי הדירה ברמת גן. תעודת הזהות שלי 123456782 ואפשר לחזור אליי מחר";
        openai.stubFor(com.github.tomakehurst.wiremock.client.WireMock.post(TRANSCRIPTIONS).willReturn(
                com.github.tomakehurst.wiremock.client.WireMock.okJson(
                        io.callpipeline.core.Fixtures.verboseTranscription(said, 3.2))));

        ProcessingOutcome outcome = builder(store).sendOriginalToModel(true).build().process(event());

        assertThat(outcome).isInstanceOf(ProcessingOutcome.Completed.class);
        assertThat(store.find(RECORDING_SID).orElseThrow().transcript().text()).doesNotContain("123456782");
        openai.verify(1, postRequestedFor(urlEqualTo(CHAT)).withRequestBody(
                com.github.tomakehurst.wiremock.client.WireMock.containing("123456782")));
    }

    @Test
    void theCallersHistoryReachesTheModelAndAHistoryThatCannotBeReadLeavesTheAnswerWithoutIt() {
        io.callpipeline.core.response.CallerHistory known = recordingSid -> new io.callpipeline.core.response.CallerHistory
                .History(List.of(new io.callpipeline.core.response.CallerHistory.EarlierCall(
                        java.time.Instant.parse("2026-11-20T09:00:00Z"), "ביקש לראות דירה ברחוב ביאליק")), List.of());

        assertThat(builder(store).callerHistory(known).build().process(event()))
                .isInstanceOf(ProcessingOutcome.Completed.class);
        openai.verify(1, postRequestedFor(urlEqualTo(CHAT)).withRequestBody(
                com.github.tomakehurst.wiremock.client.WireMock.containing("ביקש לראות דירה ברחוב ביאליק")));

        InMemoryTranscriptStore other = new InMemoryTranscriptStore();
        io.callpipeline.core.response.CallerHistory broken = recordingSid -> {
            throw new IllegalStateException("the CRM's database is away");
        };
        assertThat(builder(other).callerHistory(broken).build().process(event()))
                .isInstanceOf(ProcessingOutcome.Completed.class);
    }

    /** The model that read the numbers may write them back: its answer is redacted before it is stored, as the transcript is. */
    @Test
    void aModelThatEchoesAPersonalNumberHasItTakenOutOfEveryStoredAnswerField() {
        String said = "שלום, אני מתקשר לגבי הדירה ברמת גן. תעודת הזהות שלי 123456782 ואפשר לחזור אליי מחר";
        openai.stubFor(com.github.tomakehurst.wiremock.client.WireMock.post(TRANSCRIPTIONS).willReturn(
                com.github.tomakehurst.wiremock.client.WireMock.okJson(
                        io.callpipeline.core.Fixtures.verboseTranscription(said, 3.2))));
        openai.stubFor(post(CHAT).willReturn(com.github.tomakehurst.wiremock.client.WireMock.okJson(
                chatCompletion("""
                {"summary":"המתקשר, ת.ז. 123456782, מחפש דירה","suggested_reply":"שלום, קיבלנו את ת.ז. 123456782",
                 "intent":"קנייה 123456782","follow_up_needed":true,"real_call":true,"not_a_call_reason":null,
                 "lead_details":{"budget":"תעודת זהות 123456782","rooms":null,"area":"רמת גן","property_type":null,
                 "timeframe":null}}
                """, "stop"))));

        ProcessingOutcome outcome = builder(store).sendOriginalToModel(true).build().process(event());

        assertThat(outcome).isInstanceOf(ProcessingOutcome.Completed.class);
        CallResponse stored = store.find(RECORDING_SID).orElseThrow().response();
        assertThat(List.of(stored.summary(), stored.suggestedReply(), stored.intent(),
                        stored.extracted().value("budget").orElseThrow()))
                .allSatisfy(text -> assertThat(text).doesNotContain("123456782").contains("[ת״ז]"));
        assertThat(stored.extracted().value("area")).contains("רמת גן");
    }

    @Test
    void nextStepsAreDatedFromTheCallsDayInIsraelAndTheirTextsLoseEveryPersonalNumber() {
        // the call started Friday 14.10.2016 21:56 UTC: Shabbat 15.10 in Israel, two days before Sukkot 5777
        openai.stubFor(post(CHAT).willReturn(com.github.tomakehurst.wiremock.client.WireMock.okJson(
                chatCompletion("""
                {"summary":"מחפש דירה","suggested_reply":"אחזור אליך","intent":"קנייה","follow_up_needed":true,
                 "real_call":true,"not_a_call_reason":null,
                 "lead_details":{"budget":null,"rooms":null,"area":null,"property_type":null,"timeframe":null},
                 "next_steps":[
                   {"task":"לבדוק את ת.ז. 123456782","when_said":"היום","due_kind":"TODAY","weekday":null,"count":null,
                    "holiday":null,"day":null,"month":null},
                   {"task":"לקבוע ביקור","when_said":"אחרי החגים","due_kind":"AFTER_HOLIDAY","weekday":null,
                    "count":null,"holiday":"THE_HOLIDAYS","day":null,"month":null},
                   {"task":"לשלוח חוזה","when_said":null,"due_kind":"NONE","weekday":null,"count":null,
                    "holiday":null,"day":null,"month":null}],
                 "lead_score":70,"lead_score_reason":"ת.ז. 123456782 נמסרה, רציני"}
                """, "stop"))));

        assertThat(pipeline().process(event())).isInstanceOf(ProcessingOutcome.Completed.class);

        CallResponse stored = store.find(RECORDING_SID).orElseThrow().response();
        assertThat(stored.nextSteps()).extracting(io.callpipeline.core.nextstep.NextStep::dueDate).containsExactly(
                java.time.LocalDate.parse("2016-10-15"), // Israel's day, not UTC's Friday
                java.time.LocalDate.parse("2016-10-25"), // Shemini Atzeret is Monday 24.10
                null);
        assertThat(stored.nextSteps().get(0).task()).doesNotContain("123456782").contains("[ת״ז]");
        assertThat(stored.leadScore().score()).isEqualTo(70);
        assertThat(stored.leadScore().reason()).doesNotContain("123456782");
    }

    @Test
    void aRunResumingAfterTheTranscriptWasStoredHasOnlyTheRedactedTextForTheModel() {
        Transcript stored = new Transcript("he", "תעודת הזהות שלי [ת״ז] ואפשר לחזור אליי", List.of(), "whisper-1", 3.2, 1,
                Map.of(io.callpipeline.core.privacy.PiiKind.ISRAELI_ID, 1));
        store.save(CallRecord.received(event())
                .verified(new io.callpipeline.core.recording.RecordingInfo(RECORDING_SID, ACCOUNT_SID, CALL_SID,
                        "completed", 4, 1, "RecordVerb", null), null)
                .transcribed(stored));

        ProcessingOutcome outcome = builder(store).sendOriginalToModel(true).build().process(event());

        assertThat(outcome).isInstanceOf(ProcessingOutcome.Completed.class);
        openai.verify(1, postRequestedFor(urlEqualTo(CHAT)).withRequestBody(
                com.github.tomakehurst.wiremock.client.WireMock.containing("[ת״ז]")));
    }

    @Test
    void aTranscriptTheRulesPassAndTheModelJudgesNoRealCallEndsAsGibberishWithTheModelsReasonAndNoReply() {
        openai.stubFor(com.github.tomakehurst.wiremock.client.WireMock.post(CHAT).willReturn(
                com.github.tomakehurst.wiremock.client.WireMock.okJson(chatCompletion("""
                        {"summary":"-","suggested_reply":"-","intent":"-",
                         "lead_details":{"budget":null,"rooms":null,"area":null,"property_type":null,"timeframe":null},
                         "follow_up_needed":false,"real_call":false,"not_a_call_reason":"רשימת מילים ללא שיחה"}
                        """, "stop"))));

        ProcessingOutcome outcome = pipeline().process(event());

        assertThat(outcome).isInstanceOf(ProcessingOutcome.Gibberish.class);
        CallRecord record = store.find(RECORDING_SID).orElseThrow();
        assertThat(record.stage()).isEqualTo(io.callpipeline.core.call.ProcessingStage.GIBBERISH);
        assertThat(record.verdict().reasonCode()).isEqualTo(io.callpipeline.core.gibberish.GibberishVerdict.MODEL_NOT_A_CALL);
        assertThat(record.verdict().explanation()).contains("רשימת מילים ללא שיחה");
        assertThat(record.response()).as("no reply is offered").isNull();
        openai.verify(1, postRequestedFor(urlEqualTo(CHAT)));
    }

    @Test
    void storedTranscriptIsNeverPaidForTwice() {
        Transcript stored = new Transcript("he", HEBREW_TEXT, List.of(), "whisper-1", 3.2);
        CallRecord saved = CallRecord.received(event())
                .verified(new io.callpipeline.core.recording.RecordingInfo(RECORDING_SID, ACCOUNT_SID, CALL_SID,
                        "completed", 4, 1, "RecordVerb", null), null)
                .transcribed(stored);
        store.save(saved);

        ProcessingOutcome outcome = pipeline().process(event());

        assertThat(outcome).isInstanceOf(ProcessingOutcome.Completed.class);
        assertThat(outcome.record().transcript()).isEqualTo(stored);
        twilio.verify(0, anyRequestedFor(anyUrl()));
        openai.verify(0, postRequestedFor(urlEqualTo(TRANSCRIPTIONS)));
        openai.verify(1, postRequestedFor(urlEqualTo(CHAT)));
    }

    @Test
    void finishedCallIsNotProcessedAgain() {
        CallRecordingPipeline pipeline = pipeline();
        pipeline.process(event());
        twilio.resetRequests();
        openai.resetRequests();

        ProcessingOutcome again = pipeline.process(event());

        assertThat(again).isInstanceOf(ProcessingOutcome.Completed.class);
        twilio.verify(0, anyRequestedFor(anyUrl()));
        openai.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void emptyTranscriptIsGibberishAndGetsNoResponse() {
        openai.stubFor(post(TRANSCRIPTIONS).willReturn(okJson(verboseTranscription(" ... ", 2.0))));

        ProcessingOutcome outcome = pipeline().process(event());

        assertThat(outcome).isInstanceOfSatisfying(ProcessingOutcome.Gibberish.class,
                g -> assertThat(g.verdict().reasonCode()).isEqualTo("empty"));
        assertThat(store.find(RECORDING_SID).orElseThrow().stage()).isEqualTo(GIBBERISH);
        openai.verify(0, postRequestedFor(urlEqualTo(CHAT)));
    }

    @Test
    void hallucinatedTranscriptIsStoredWithItsVerdictAndGetsNoResponse() {
        openai.stubFor(post(TRANSCRIPTIONS).willReturn(okJson(verboseTranscription("תודה שצפיתם!", 29.9))));

        ProcessingOutcome outcome = pipeline().process(event());

        assertThat(outcome).isInstanceOfSatisfying(ProcessingOutcome.Gibberish.class, g -> {
            assertThat(g.verdict().reasonCode()).isEqualTo("hallucination_phrase");
            assertThat(g.record().transcript().text()).isEqualTo("תודה שצפיתם!");
        });
        assertThat(store.find(RECORDING_SID).orElseThrow().verdict().explanation()).isNotBlank();
        openai.verify(0, postRequestedFor(urlEqualTo(CHAT)));
    }

    /**
     * Whisper writes the prompt it was sent back when there is nothing to hear (rpickz/jarvix#191); the shipped prompt
     * is a list of real-estate words, so its echo read like a call about a flat and was answered as one.
     */
    @Test
    void theTranscribersOwnPromptWrittenBackIsNoCallAndGetsNoResponse() {
        String sent = io.callpipeline.openai.OpenAiTranscriber.DEFAULT_PROMPT;
        openai.stubFor(post(TRANSCRIPTIONS).willReturn(okJson(verboseTranscription(sent, 29.9))));

        ProcessingOutcome outcome = pipeline().process(event());

        openai.verify(postRequestedFor(urlEqualTo(TRANSCRIPTIONS))
                .withRequestBodyPart(aMultipart("prompt").withBody(equalTo(sent)).build()));
        assertThat(outcome).isInstanceOfSatisfying(ProcessingOutcome.Gibberish.class,
                g -> assertThat(g.verdict().reasonCode()).isEqualTo("prompt_echo"));
        openai.verify(0, postRequestedFor(urlEqualTo(CHAT)));
    }

    @Test
    void aStretchInventedAfterTheCallerHungUpIsKeptMarkedButNeverReadByTheResponder() {
        String spoken = "שלום, אני מחפש דירת ארבעה חדרים בחיפה, תחזרו אליי בבקשה.";
        String tail = "תודה שצפיתם! הירשמו לערוץ";
        openai.stubFor(post(TRANSCRIPTIONS).willReturn(okJson("""
            {"task":"transcribe","language":"hebrew","duration":30.0,"text":"%1$s %2$s",
             "segments":[
              {"id":0,"seek":0,"start":0.0,"end":5.0,"text":"%1$s","tokens":[1],"temperature":0.0,
               "avg_logprob":-0.2,"compression_ratio":1.1,"no_speech_prob":0.01},
              {"id":1,"seek":0,"start":5.0,"end":30.0,"text":" %2$s","tokens":[2],"temperature":0.0,
               "avg_logprob":-0.9,"compression_ratio":1.0,"no_speech_prob":0.85}]}
            """.formatted(spoken, tail))));

        ProcessingOutcome outcome = pipeline().process(event());

        assertThat(outcome).isInstanceOf(ProcessingOutcome.Completed.class);
        assertThat(outcome.record().transcript().text()).as("the record keeps what was transcribed").contains(tail);
        assertThat(outcome.record().verdict().hallucinatedSegments()).containsExactly(1);
        List<LoggedRequest> chats = openai.findAll(postRequestedFor(urlEqualTo(CHAT)));
        assertThat(chats).hasSize(1);
        String asked = chats.get(0).getBodyAsString();
        assertThat(asked).contains("ארבעה חדרים בחיפה").doesNotContain("שצפיתם").doesNotContain("הירשמו");
    }

    @Test
    void aCallInAnotherLanguageIsSpeechAnsweredForItsCaller() {
        String russian = "Здравствуйте, я звоню по поводу квартиры в Ашдоде. Она ещё свободна? Перезвоните мне, пожалуйста.";
        openai.stubFor(post(TRANSCRIPTIONS).willReturn(okJson(verboseTranscription(russian, 6.0))));

        ProcessingOutcome outcome = pipeline().process(event());

        assertThat(outcome).isInstanceOf(ProcessingOutcome.Completed.class);
        Transcript transcript = store.find(RECORDING_SID).orElseThrow().transcript();
        assertThat(transcript.language()).isEqualTo("ru");
        assertThat(transcript.passes()).isEqualTo(1);
        openai.verify(1, postRequestedFor(urlEqualTo(TRANSCRIPTIONS)));
        openai.verify(1, postRequestedFor(urlEqualTo(CHAT)).withRequestBody(
                com.github.tomakehurst.wiremock.client.WireMock.containing("שפת המתקשר: רוסית (ru)")));
    }

    @Test
    void nonWordsUnderTheHebrewHintAreTranscribedOnceMoreWithoutIt() {
        String french = "Bonjour, j'appelle pour l'appartement à Netanya. Est-ce qu'il est toujours disponible ?";
        // with the hint, the French call comes out as Hebrew letters of no word; without it, as French
        openai.stubFor(post(TRANSCRIPTIONS).atPriority(1).withMultipartRequestBody(aMultipart("language"))
                .willReturn(okJson(verboseTranscription("שדגכע גכעיח ךלחיע צפקט ךםןף", 5.0))));
        openai.stubFor(post(TRANSCRIPTIONS).atPriority(2).willReturn(okJson(verboseTranscription(french, 5.0))));

        ProcessingOutcome outcome = pipeline().process(event());

        assertThat(outcome).isInstanceOf(ProcessingOutcome.Completed.class);
        Transcript transcript = store.find(RECORDING_SID).orElseThrow().transcript();
        assertThat(transcript.text()).isEqualTo(french);
        assertThat(transcript.language()).isEqualTo("fr");
        assertThat(transcript.passes()).isEqualTo(2);
        openai.verify(2, postRequestedFor(urlEqualTo(TRANSCRIPTIONS)));
        twilio.verify(2, getRequestedFor(urlEqualTo(wavPath(RECORDING_SID))));
        assertThat(openai.findAll(postRequestedFor(urlEqualTo(TRANSCRIPTIONS))).get(1).getBodyAsString())
                .as("the second pass lets the model detect the language").doesNotContain("name=\"language\"");
    }

    @Test
    void aSecondPassThatIsStillNotSpeechKeepsTheFirstVerdictAndCountsBoth() {
        openai.stubFor(post(TRANSCRIPTIONS).willReturn(okJson(verboseTranscription("שדגכע גכעיח ךלחיע צפקט ךםןף", 5.0))));

        ProcessingOutcome outcome = pipeline().process(event());

        assertThat(outcome).isInstanceOfSatisfying(ProcessingOutcome.Gibberish.class,
                g -> assertThat(g.verdict().reasonCode()).isEqualTo("non_words"));
        assertThat(store.find(RECORDING_SID).orElseThrow().transcript().passes()).isEqualTo(2);
        openai.verify(2, postRequestedFor(urlEqualTo(TRANSCRIPTIONS)));
        openai.verify(0, postRequestedFor(urlEqualTo(CHAT)));
    }

    @Test
    void silenceIsNotTranscribedTwice() {
        openai.stubFor(post(TRANSCRIPTIONS).willReturn(okJson(verboseTranscription("תודה שצפיתם!", 29.9))));

        pipeline().process(event());

        openai.verify(1, postRequestedFor(urlEqualTo(TRANSCRIPTIONS)));
    }
}
