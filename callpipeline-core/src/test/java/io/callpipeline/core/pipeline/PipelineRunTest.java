package io.callpipeline.core.pipeline;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.callpipeline.core.Fixtures.ACCOUNT_SID;
import static io.callpipeline.core.Fixtures.CALL_SID;
import static io.callpipeline.core.Fixtures.HEBREW_TEXT;
import static io.callpipeline.core.Fixtures.RECORDING_SID;
import static io.callpipeline.core.Fixtures.callJson;
import static io.callpipeline.core.Fixtures.callPath;
import static io.callpipeline.core.Fixtures.recordingJson;
import static io.callpipeline.core.Fixtures.recordingPath;
import static io.callpipeline.core.pipeline.ScriptedProviders.answer;
import static io.callpipeline.core.pipeline.ScriptedProviders.heard;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.callpipeline.core.PermanentProcessingException;
import io.callpipeline.core.ReasonCode;
import io.callpipeline.core.TransientProcessingException;
import io.callpipeline.core.call.CallRecord;
import io.callpipeline.core.call.ProcessingStage;
import io.callpipeline.core.event.RecordingEvent;
import io.callpipeline.core.gibberish.GibberishVerdict;
import io.callpipeline.core.nextstep.Due;
import io.callpipeline.core.nextstep.DueKind;
import io.callpipeline.core.nextstep.NextStep;
import io.callpipeline.core.privacy.PiiKind;
import io.callpipeline.core.response.CallResponse;
import io.callpipeline.core.response.CallerHistory;
import io.callpipeline.core.response.LeadScore;
import io.callpipeline.core.store.InMemoryTranscriptStore;
import io.callpipeline.core.twilio.TwilioRecordingCallback;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * What one run of the pipeline does with what the providers answer, on our own transcriber and
 * responder SPIs and the real Twilio adapter: which steps run and are saved in what order, what is
 * paid for once only, what reaches the model, and how each kind of failure ends the run.
 */
class PipelineRunTest {

    @RegisterExtension
    static WireMockExtension twilio = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @TempDir
    Path workDirectory;

    private final InMemoryTranscriptStore store = new InMemoryTranscriptStore();
    private final ScriptedProviders providers = new ScriptedProviders();

    @BeforeEach
    void stubTwilio() {
        ScriptedProviders.stubTwilio(twilio);
    }

    private PipelineBuilder builder() {
        return providers.builder(twilio.baseUrl(), store, workDirectory);
    }

    private CallRecordingPipeline pipeline() {
        return builder().build();
    }

    private static RecordingEvent event() {
        return TwilioRecordingCallback.parse(Map.of("AccountSid", ACCOUNT_SID, "CallSid", CALL_SID,
                "RecordingSid", RECORDING_SID, "RecordingStatus", "completed", "RecordingDuration", "4"));
    }

    private void assertNoFilesLeft() throws IOException {
        try (Stream<Path> left = Files.walk(workDirectory)) {
            assertThat(left.filter(Files::isRegularFile)).as("files left in the work directory").isEmpty();
        }
    }

    @Test
    void aCallIsVerifiedTranscribedCheckedAndAnsweredEachStepSavedInTurn() throws IOException {
        ProcessingOutcome outcome = pipeline().process(event());

        assertThat(outcome).isInstanceOf(ProcessingOutcome.Completed.class);
        assertThat(store.history()).extracting(CallRecord::stage).containsExactly(ProcessingStage.VERIFIED,
                ProcessingStage.TRANSCRIBED, ProcessingStage.CHECKED, ProcessingStage.COMPLETED);
        CallRecord record = outcome.record();
        assertThat(record.call().from()).isEqualTo("+972541234567");
        assertThat(record.transcript().text()).isEqualTo(HEBREW_TEXT);
        assertThat(record.transcript().language()).as("named from the text, not the hint").isEqualTo("he");
        assertThat(record.transcript().passes()).isEqualTo(1);
        assertThat(record.verdict().gibberish()).isFalse();
        assertThat(record.response().intent()).isEqualTo("קנייה");
        assertThat(providers.transcriptions).singleElement().satisfies(request ->
                assertThat(request.language()).isEqualTo(CallRecordingPipeline.DEFAULT_LANGUAGE));
        assertThat(providers.responses).singleElement().satisfies(request -> {
            assertThat(request.transcript().text()).isEqualTo(HEBREW_TEXT);
            assertThat(request.call().callSid()).isEqualTo(CALL_SID);
        });
        assertNoFilesLeft();
    }

    @Test
    void aFinishedCallIsNotRunAgainAndAnUnknownRecordingIsNoRun() {
        CallRecordingPipeline pipeline = pipeline();
        pipeline.process(event());
        int saves = store.history().size();

        ProcessingOutcome again = pipeline.process(event());

        assertThat(again).isInstanceOf(ProcessingOutcome.Completed.class);
        assertThat(store.history()).as("nothing saved again").hasSize(saves);
        assertThat(providers.transcriptions).hasSize(1);
        assertThat(providers.responses).hasSize(1);
        assertThat(pipeline.process("RE" + "0".repeat(32))).isEmpty();
    }

    @Test
    void aTransientFailureOfTheModelIsRetriedWithoutPayingForTheTranscriptAgain() throws IOException {
        providers.thenAnswering(request -> {
            throw new TransientProcessingException(ReasonCode.OPENAI_RATE_LIMITED, "429");
        });

        ProcessingOutcome first = pipeline().process(event());
        ProcessingOutcome retry = pipeline().process(RECORDING_SID).orElseThrow();

        assertThat(first).isInstanceOfSatisfying(ProcessingOutcome.Failed.class, failed -> {
            assertThat(failed.retryable()).isTrue();
            assertThat(failed.failure().reason()).isEqualTo(ReasonCode.OPENAI_RATE_LIMITED);
            assertThat(failed.record().transcript().text()).isEqualTo(HEBREW_TEXT);
            assertThat(failed.record().stage()).as("kept where it was, for the retry").isEqualTo(ProcessingStage.CHECKED);
        });
        assertThat(retry).isInstanceOf(ProcessingOutcome.Completed.class);
        assertThat(providers.transcriptions).as("transcribed once over both runs").hasSize(1);
        assertThat(providers.responses).hasSize(2);
        assertNoFilesLeft();
    }

    @Test
    void aPermanentFailureOfTheTranscriberEndsTheCallFailedWithNothingToRetry() throws IOException {
        providers.thenTranscribing(request -> {
            throw new PermanentProcessingException(ReasonCode.OPENAI_UNAUTHORIZED, "401");
        });

        ProcessingOutcome outcome = pipeline().process(event());

        assertThat(outcome).isInstanceOfSatisfying(ProcessingOutcome.Failed.class, failed -> {
            assertThat(failed.retryable()).isFalse();
            assertThat(failed.failure().reason()).isEqualTo(ReasonCode.OPENAI_UNAUTHORIZED);
            assertThat(failed.record().stage()).isEqualTo(ProcessingStage.FAILED);
            assertThat(failed.record().transcript()).isNull();
        });
        assertThat(store.find(RECORDING_SID).orElseThrow().stage()).isEqualTo(ProcessingStage.FAILED);
        assertThat(providers.responses).isEmpty();
        assertNoFilesLeft();
    }

    @Test
    void anUnexpectedErrorIsRetryableAndItsMessageNeverReachesTheRecord() {
        providers.thenAnswering(request -> {
            throw new IllegalArgumentException("caller +972541234567 said 123456782");
        });

        ProcessingOutcome outcome = pipeline().process(event());

        assertThat(outcome).isInstanceOfSatisfying(ProcessingOutcome.Failed.class, failed -> {
            assertThat(failed.retryable()).isTrue();
            assertThat(failed.failure().reason()).isEqualTo(ReasonCode.UNEXPECTED_ERROR);
            assertThat(failed.failure().message()).contains("IllegalArgumentException")
                    .doesNotContain("+972541234567").doesNotContain("123456782");
        });
    }

    @Test
    void aTranscriptTheGuardJudgesInventedIsStoredWithItsVerdictAndNeverAnswered() {
        providers.transcribing(request -> heard("תודה שצפיתם!", 29.9));

        ProcessingOutcome outcome = pipeline().process(event());

        assertThat(outcome).isInstanceOfSatisfying(ProcessingOutcome.Gibberish.class, gibberish -> {
            assertThat(gibberish.verdict().gibberish()).isTrue();
            assertThat(gibberish.record().stage()).isEqualTo(ProcessingStage.GIBBERISH);
            assertThat(gibberish.record().response()).isNull();
        });
        assertThat(providers.responses).isEmpty();
        assertThat(providers.transcriptions).as("a video's ending is no wrong hint: not transcribed again").hasSize(1);
    }

    @Test
    void nonWordsUnderTheHintAreTranscribedOnceMoreWithoutItAndTheSecondTextKeptWhenItIsSpeech() {
        String french = "Bonjour, je cherche un appartement de trois pièces à Tel Aviv, rappelez-moi s'il vous plaît.";
        providers.thenTranscribing(request -> heard("שדגכע גכעיח ךלחיע צפקט ךםןף", 5.0))
                .transcribing(request -> heard(french, 5.0));

        ProcessingOutcome outcome = pipeline().process(event());

        assertThat(outcome).isInstanceOf(ProcessingOutcome.Completed.class);
        assertThat(providers.transcriptions).extracting(request -> request.language())
                .containsExactly("he", null);
        assertThat(outcome.record().transcript().text()).isEqualTo(french);
        assertThat(outcome.record().transcript().language()).isEqualTo("fr");
        assertThat(outcome.record().transcript().passes()).as("both payments counted").isEqualTo(2);
        assertThat(providers.responses).singleElement()
                .satisfies(request -> assertThat(request.transcript().text()).isEqualTo(french));
    }

    /**
     * A caregiver's Hindi call: under the Hebrew hint Whisper writes Hebrew letters no word looks like, and without it
     * the Hindi the caller spoke. A script the identifier did not name was read as Hebrew and judged foreign_script,
     * so the second text was thrown away and the call ended as gibberish; it is Hindi now, kept and answered.
     */
    @Test
    void aHindiCallTranscribedAgainWithoutTheHintIsKeptAndAnswered() {
        String hindi = "नमस्ते, मैं फ्लैट के बारे में पूछना चाहता हूँ, किराया कितना है? मुझे कल फोन करें";
        providers.thenTranscribing(request -> heard("שדגכע גכעיח ךלחיע צפקט ךםןף", 5.0))
                .transcribing(request -> heard(hindi, 5.0));

        ProcessingOutcome outcome = pipeline().process(event());

        assertThat(outcome).isInstanceOf(ProcessingOutcome.Completed.class);
        assertThat(outcome.record().transcript().text()).isEqualTo(hindi);
        assertThat(outcome.record().transcript().language()).isEqualTo("hi");
        assertThat(providers.responses).singleElement()
                .satisfies(request -> assertThat(request.transcript().language()).isEqualTo("hi"));
    }

    @Test
    void aSecondPassThatIsStillNoSpeechKeepsTheFirstTextAndVerdictAndCountsBothPayments() {
        providers.transcribing(request -> heard("שדגכע גכעיח ךלחיע צפקט ךםןף", 5.0));

        ProcessingOutcome outcome = pipeline().process(event());

        assertThat(outcome).isInstanceOf(ProcessingOutcome.Gibberish.class);
        assertThat(providers.transcriptions).hasSize(2);
        assertThat(outcome.record().transcript().text()).isEqualTo("שדגכע גכעיח ךלחיע צפקט ךםןף");
        assertThat(outcome.record().transcript().passes()).isEqualTo(2);
        assertThat(outcome.record().verdict().reasonCode())
                .isIn(LanguageAwareTranscription.SECOND_PASS_REASONS.toArray());
    }

    @Test
    void aCallTheModelJudgesNoRealCallEndsAsGibberishWithTheModelsReasonAndNoReply() {
        providers.answering(request -> new CallResponse("", "", "", null, false, ScriptedProviders.MODEL, false,
                "הקלטה של פרסומת"));

        ProcessingOutcome outcome = pipeline().process(event());

        assertThat(outcome).isInstanceOfSatisfying(ProcessingOutcome.Gibberish.class, gibberish -> {
            assertThat(gibberish.verdict().gibberish()).isTrue();
            assertThat(gibberish.verdict().reasonCode()).isEqualTo(GibberishVerdict.MODEL_NOT_A_CALL);
            assertThat(gibberish.verdict().explanation()).contains("הקלטה של פרסומת");
            assertThat(gibberish.record().response()).isNull();
        });
    }

    @Test
    void personalNumbersLeaveTheTranscriptBeforeItIsStoredOrReadByTheModel() {
        String said = "שלום, אני מתקשר לגבי הדירה ברמת גן. תעודת הזהות שלי 123456782 ואפשר לחזור אליי מחר";
        providers.transcribing(request -> heard(said, 3.2));

        ProcessingOutcome outcome = pipeline().process(event());

        assertThat(outcome).isInstanceOf(ProcessingOutcome.Completed.class);
        assertThat(store.history()).allSatisfy(saved -> {
            if (saved.transcript() != null) {
                assertThat(saved.transcript().text()).doesNotContain("123456782");
            }
        });
        assertThat(outcome.record().transcript().segments()).allSatisfy(segment ->
                assertThat(segment.text()).doesNotContain("123456782"));
        assertThat(outcome.record().transcript().redactions()).isEqualTo(Map.of(PiiKind.ISRAELI_ID, 1));
        assertThat(providers.responses.get(0).transcript().text()).doesNotContain("123456782").contains("[ת״ז]");
    }

    @Test
    void aHostThatAsksForItHasTheModelReadTheOriginalWhileOnlyTheRedactedTextIsStored() {
        String said = "שלום, אני מתקשר לגבי הדירה ברמת גן. תעודת הזהות שלי 123456782 ואפשר לחזור אליי מחר";
        providers.transcribing(request -> heard(said, 3.2));

        ProcessingOutcome outcome = builder().sendOriginalToModel(true).build().process(event());

        assertThat(outcome.record().transcript().text()).doesNotContain("123456782");
        assertThat(providers.responses.get(0).transcript().text()).isEqualTo(said);
        assertThat(providers.responses.get(0).transcript().language()).isEqualTo("he");
    }

    @Test
    void aRunResumingAfterTheTranscriptWasStoredHasOnlyTheRedactedTextForTheModel() {
        String said = "שלום, אני מתקשר לגבי הדירה ברמת גן. תעודת הזהות שלי 123456782 ואפשר לחזור אליי מחר";
        providers.transcribing(request -> heard(said, 3.2)).thenAnswering(request -> {
            throw new TransientProcessingException(ReasonCode.OPENAI_UNAVAILABLE, "503");
        });
        CallRecordingPipeline pipeline = builder().sendOriginalToModel(true).build();

        pipeline.process(event());
        pipeline.process(RECORDING_SID).orElseThrow();

        assertThat(providers.responses).extracting(request -> request.transcript().text().contains("123456782"))
                .as("the first run read the original, the resumed one only what was stored")
                .containsExactly(true, false);
    }

    @Test
    void aModelThatWritesAPersonalNumberBackHasItTakenOutOfEveryStoredText() {
        providers.answering(request -> new CallResponse("ת.ז. 123456782", "קיבלנו את ת.ז. 123456782", "קנייה", null,
                true, ScriptedProviders.MODEL, true, null,
                List.of(new NextStep("לבדוק את ת.ז. 123456782", null, Due.NONE, null)),
                new LeadScore(70, "ת.ז. 123456782 נמסרה")));

        CallResponse stored = pipeline().process(event()).record().response();

        assertThat(List.of(stored.summary(), stored.suggestedReply(), stored.nextSteps().get(0).task(),
                stored.leadScore().reason())).allSatisfy(text -> assertThat(text).doesNotContain("123456782"));
    }

    @Test
    void nextStepsAreDatedFromTheCallsDayInIsrael() {
        // the call started Friday 14.10.2016 21:56 UTC, already Shabbat 15.10 in Israel
        providers.answering(request -> new CallResponse("מחפש דירה", "אחזור אליך", "קנייה", null, true,
                ScriptedProviders.MODEL, true, null,
                List.of(new NextStep("לחזור", "היום", Due.of(DueKind.TODAY), null),
                        new NextStep("לשלוח חוזה", null, Due.NONE, null)), null));

        CallResponse stored = pipeline().process(event()).record().response();

        assertThat(stored.nextSteps()).extracting(NextStep::dueDate)
                .containsExactly(LocalDate.parse("2016-10-15"), null);
    }

    @Test
    void withoutTheCallsStartNextStepsAreDatedFromTheRecordingsStart() {
        // Twilio gave the call no start time; the recording started on Sunday 16.10.2016 in Israel
        twilio.stubFor(get(callPath(CALL_SID)).willReturn(okJson(callJson()
                .replace("\"start_time\":\"Fri, 14 Oct 2016 21:56:31 +0000\"", "\"start_time\":null"))));
        twilio.stubFor(get(recordingPath(RECORDING_SID)).willReturn(okJson(recordingJson()
                .replace("\"start_time\":\"Fri, 14 Oct 2016 21:56:34 +0000\"",
                        "\"start_time\":\"Sun, 16 Oct 2016 07:30:00 +0000\""))));
        providers.answering(request -> new CallResponse("מחפש דירה", "אחזור אליך", "קנייה", null, true,
                ScriptedProviders.MODEL, true, null, List.of(new NextStep("לחזור", "היום", Due.of(DueKind.TODAY), null)),
                null));

        CallResponse stored = pipeline().process(event()).record().response();

        assertThat(stored.nextSteps()).extracting(NextStep::dueDate).containsExactly(LocalDate.parse("2016-10-16"));
    }

    @Test
    void theCallersHistoryReachesTheModelAndAHistoryThatCannotBeReadLeavesTheAnswerWithoutIt() {
        CallerHistory.History known = new CallerHistory.History(
                List.of(new CallerHistory.EarlierCall(java.time.Instant.parse("2016-10-09T08:00:00Z"), "ביקש דירה ברמת גן")),
                List.of());
        List<String> asked = new CopyOnWriteArrayList<>();
        builder().callerHistory(sid -> {
            asked.add(sid);
            return known;
        }).build().process(event());
        providers.builder(twilio.baseUrl(), new InMemoryTranscriptStore(), workDirectory).callerHistory(sid -> {
            throw new IllegalStateException("database down");
        }).build().process(event());

        assertThat(asked).containsExactly(RECORDING_SID);
        assertThat(providers.responses).extracting(request -> request.history())
                .containsExactly(known, CallerHistory.History.EMPTY);
        assertThat(providers.responses.get(0).history()).isSameAs(known);
    }

    @Test
    void everyStepIsHeardWithItsTimeAndTheFailingStepWithItsReason() {
        List<StepTiming> heard = new CopyOnWriteArrayList<>();
        providers.thenAnswering(request -> {
            throw new TransientProcessingException(ReasonCode.OPENAI_UNAVAILABLE, "503");
        });

        builder().listener(heard::add).build().process(event());

        assertThat(heard).extracting(StepTiming::step).containsExactly(PipelineStep.VERIFY, PipelineStep.DOWNLOAD,
                PipelineStep.LISTEN, PipelineStep.TRANSCRIBE, PipelineStep.CHECK, PipelineStep.RESPOND);
        assertThat(heard).allSatisfy(timing -> {
            assertThat(timing.recordingSid()).isEqualTo(RECORDING_SID);
            assertThat(timing.duration().isNegative()).isFalse();
        });
        assertThat(heard.subList(0, 5)).allMatch(StepTiming::succeeded);
        assertThat(heard.get(5).failureReason()).isEqualTo(ReasonCode.OPENAI_UNAVAILABLE);
    }

    @Test
    void aListenerThatThrowsNeverFailsTheCall() {
        ProcessingOutcome outcome = builder().listener(timing -> {
            throw new IllegalStateException("metrics down");
        }).build().process(event());

        assertThat(outcome).isInstanceOf(ProcessingOutcome.Completed.class);
    }
}
