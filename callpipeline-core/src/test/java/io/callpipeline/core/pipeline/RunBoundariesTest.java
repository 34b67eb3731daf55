package io.callpipeline.core.pipeline;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.callpipeline.core.Fixtures.ACCOUNT_SID;
import static io.callpipeline.core.Fixtures.CALL_SID;
import static io.callpipeline.core.Fixtures.OTHER_ACCOUNT_SID;
import static io.callpipeline.core.Fixtures.OTHER_CALL_SID;
import static io.callpipeline.core.Fixtures.RECORDING_SID;
import static io.callpipeline.core.Fixtures.recordingJson;
import static io.callpipeline.core.Fixtures.recordingPath;
import static io.callpipeline.core.Fixtures.twilioError;
import static io.callpipeline.core.Fixtures.wavPath;
import static io.callpipeline.core.call.ProcessingStage.REJECTED;
import static io.callpipeline.core.call.ProcessingStage.TRANSCRIBED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.callpipeline.core.PermanentProcessingException;
import io.callpipeline.core.ReasonCode;
import io.callpipeline.core.TransientProcessingException;
import io.callpipeline.core.call.CallRecord;
import io.callpipeline.core.call.ProcessingStage;
import io.callpipeline.core.event.RecordingEvent;
import io.callpipeline.core.store.InMemoryTranscriptStore;
import io.callpipeline.core.store.TranscriptStore;
import io.callpipeline.core.testing.Mp3Frames;
import io.callpipeline.core.twilio.TwilioRecordingCallback;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * How a run starts and ends around its steps: what is checked at Twilio before anything is
 * downloaded or paid for, what a failure at each step leaves behind (no audio, results kept for the
 * next run only while they may be needed), how the steps are wrapped and timed, and what the
 * builder refuses.
 */
class RunBoundariesTest {

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

    private PipelineBuilder builder(TranscriptStore store) {
        return providers.builder(twilio.baseUrl(), store, workDirectory);
    }

    private CallRecordingPipeline pipeline(TranscriptStore store) {
        return builder(store).build();
    }

    private CallRecordingPipeline pipeline() {
        return pipeline(store);
    }

    private static RecordingEvent event() {
        return TwilioRecordingCallback.parse(Map.of("AccountSid", ACCOUNT_SID, "CallSid", CALL_SID,
                "RecordingSid", RECORDING_SID, "RecordingStatus", "completed", "RecordingDuration", "4"));
    }

    private void assertNothingPaid() {
        assertThat(providers.transcriptions).as("transcriptions").isEmpty();
        assertThat(providers.responses).as("answers").isEmpty();
    }

    private void assertNoTemporaryFilesLeft() throws IOException {
        try (Stream<Path> left = Files.walk(workDirectory)) {
            assertThat(left.filter(Files::isRegularFile)).as("files left in the work directory").isEmpty();
        }
    }

    private void assertNoAudioLeft() throws IOException {
        try (Stream<Path> left = Files.walk(workDirectory)) {
            assertThat(left.filter(Files::isRegularFile).filter(p -> !p.toString().endsWith(".json")))
                    .as("audio left in the work directory").isEmpty();
        }
    }

    private static void assertFailed(ProcessingOutcome outcome, String reason, boolean retryable) {
        assertThat(outcome).isInstanceOfSatisfying(ProcessingOutcome.Failed.class, f -> {
            assertThat(f.failure().reasonCode()).as(f.failure().message()).isEqualTo(reason);
            assertThat(f.retryable()).isEqualTo(retryable);
        });
    }

    @Test
    void absentRecordingIsRecordedWithoutAnyRequest() {
        RecordingEvent absent = TwilioRecordingCallback.parse(Map.of("AccountSid", ACCOUNT_SID, "CallSid", CALL_SID,
                "RecordingSid", RECORDING_SID, "RecordingStatus", "absent", "ErrorCode", "16102"));

        ProcessingOutcome outcome = pipeline().process(absent);

        assertThat(outcome).isInstanceOfSatisfying(ProcessingOutcome.Rejected.class, r -> {
            assertThat(r.failure().reasonCode()).isEqualTo("recording_absent");
            assertThat(r.failure().message()).contains("16102");
        });
        assertThat(store.find(RECORDING_SID).orElseThrow().stage()).isEqualTo(REJECTED);
        twilio.verify(0, anyRequestedFor(anyUrl()));
        assertNothingPaid();
    }

    @Test
    void unknownRecordingIsRejectedBeforeAnyDownload() throws IOException {
        twilio.stubFor(get(recordingPath(RECORDING_SID)).willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "application/json")
                .withBody(twilioError(404, 20404, "The requested resource was not found"))));

        ProcessingOutcome outcome = pipeline().process(event());

        assertRejected(outcome, "recording_not_found");
        twilio.verify(0, getRequestedFor(urlEqualTo(wavPath(RECORDING_SID))));
        assertNothingPaid();
        assertNoTemporaryFilesLeft();
    }

    @Test
    void recordingOfAnotherCallIsRejected() {
        twilio.stubFor(get(recordingPath(RECORDING_SID))
                .willReturn(okJson(recordingJson(ACCOUNT_SID, OTHER_CALL_SID, RECORDING_SID, "completed"))));

        assertRejected(pipeline().process(event()), "recording_call_mismatch");
        assertNothingPaid();
    }

    @Test
    void callbackClaimingAnotherAccountIsRejected() {
        RecordingEvent foreign = TwilioRecordingCallback.parse(Map.of("AccountSid", OTHER_ACCOUNT_SID,
                "CallSid", CALL_SID, "RecordingSid", RECORDING_SID, "RecordingStatus", "completed"));

        assertRejected(pipeline().process(foreign), "recording_account_mismatch");
        twilio.verify(0, getRequestedFor(urlEqualTo(wavPath(RECORDING_SID))));
    }

    @Test
    void recordingTwilioDoesNotReportCompletedIsRejected() {
        twilio.stubFor(get(recordingPath(RECORDING_SID))
                .willReturn(okJson(recordingJson(ACCOUNT_SID, CALL_SID, RECORDING_SID, "deleted"))));

        assertRejected(pipeline().process(event()), "recording_not_completed");
    }

    private void assertRejected(ProcessingOutcome outcome, String reason) {
        assertThat(outcome).isInstanceOfSatisfying(ProcessingOutcome.Rejected.class, r -> {
            assertThat(r.failure().reasonCode()).isEqualTo(reason);
            assertThat(r.failure().retryable()).isFalse();
        });
        assertThat(store.find(RECORDING_SID).orElseThrow().stage()).isEqualTo(REJECTED);
    }

    /**
     * The instrumentation wraps each step whole: the provider's request is made inside it (a span of the step),
     * and a failing step's reason is known before the failure leaves the wrapper.
     */
    @Test
    void theInstrumentationWrapsEachStepWholeAndKnowsTheFailingOnesReason() {
        providers.answering(request -> {
            throw new PermanentProcessingException(ReasonCode.OPENAI_UNAUTHORIZED, "401");
        });
        List<String> seen = new CopyOnWriteArrayList<>();
        StepInstrumentation wrapping = new StepInstrumentation() {
            @Override
            public <T> T around(StepScope step, java.util.function.Supplier<T> work) {
                int chatRequestsBefore = providers.responses.size();
                try {
                    T result = work.get();
                    seen.add(step.step().tagValue() + ":ok");
                    return result;
                } catch (RuntimeException e) {
                    int chatRequestsInside = providers.responses.size() - chatRequestsBefore;
                    seen.add(step.step().tagValue() + ":" + step.failureReason() + ":" + chatRequestsInside + ":"
                            + step.recordingSid());
                    throw e;
                }
            }
        };

        ProcessingOutcome outcome = builder(store).instrumentation(wrapping).build().process(event());

        assertFailed(outcome, "openai_unauthorized", false);
        assertThat(seen).containsExactly("verify:ok", "download:ok", "listen:ok", "transcribe:ok", "check:ok",
                "respond:openai_unauthorized:1:" + RECORDING_SID);
    }

    @Test
    void resumedRunTimesOnlyTheStepsItRuns() {
        providers.thenAnswering(request -> {
            throw new TransientProcessingException(ReasonCode.OPENAI_UNAVAILABLE, "503");
        });
        pipeline().process(event());
        List<StepTiming> heard = new CopyOnWriteArrayList<>();

        ProcessingOutcome resumed = builder(store).listener(heard::add).build().process(event());

        assertThat(resumed).isInstanceOf(ProcessingOutcome.Completed.class);
        assertThat(heard).extracting(StepTiming::step).containsExactly(PipelineStep.RESPOND);
    }

    /** Where a run can fail after the work directory exists. */
    enum FailingStep { DOWNLOAD, TRANSCRIPTION, RESPONSE, STORE }

    @ParameterizedTest
    @EnumSource(FailingStep.class)
    void noTemporaryFileOutlivesAFailureInAnyStep(FailingStep step) throws IOException {
        TranscriptStore target = store;
        switch (step) {
            case DOWNLOAD -> twilio.stubFor(get(wavPath(RECORDING_SID)).willReturn(aResponse().withStatus(500)));
            case TRANSCRIPTION -> providers.thenTranscribing(request -> {
                throw new TransientProcessingException(ReasonCode.OPENAI_UNAVAILABLE, "500");
            });
            case RESPONSE -> providers.thenAnswering(request -> {
                throw new TransientProcessingException(ReasonCode.OPENAI_UNAVAILABLE, "500");
            });
            case STORE -> target = new StoreFailingAt(store, TRANSCRIBED);
        }

        ProcessingOutcome outcome = pipeline(target).process(event());

        assertThat(outcome).isInstanceOfSatisfying(ProcessingOutcome.Failed.class,
                f -> assertThat(f.retryable()).isTrue());
        assertNoAudioLeft();
    }

    @ParameterizedTest
    @EnumSource(value = ProcessingStage.class, names = {"TRANSCRIBED", "CHECKED", "COMPLETED"})
    void aResultTheStoreCouldNotTakeIsSavedByTheNextRunWithoutPayingAgain(ProcessingStage failingSave)
            throws IOException {
        ProcessingOutcome first = pipeline(new StoreFailingAt(store, failingSave)).process(event());
        assertFailed(first, "store_unavailable", true);
        assertThat(((ProcessingOutcome.Failed) first).failure().message()).as("what a driver quoted is not kept")
                .doesNotContain("972541234567").contains("IllegalStateException");

        ProcessingOutcome second = pipeline().process(event());

        assertThat(second).isInstanceOf(ProcessingOutcome.Completed.class);
        assertThat(providers.transcriptions).hasSize(1);
        assertThat(providers.responses).hasSize(1);
        assertNoTemporaryFilesLeft();
    }

    @Test
    void anUnsavedResultOutdatedByTheStoreIsDropped() throws IOException {
        pipeline(new StoreFailingAt(store, TRANSCRIBED)).process(event());
        pipeline(store).process(event()); // saves the kept transcript and completes
        ProcessingOutcome again = pipeline().process(event());

        assertThat(again).isInstanceOf(ProcessingOutcome.Completed.class);
        assertNoTemporaryFilesLeft();
    }

    @Test
    void aDeadRunsAudioIsRemovedWhenItsRecordingRunsAgain() throws IOException {
        Path dead = Files.createDirectory(workDirectory.resolve("callpipeline-" + RECORDING_SID + "-12345"));
        Files.write(dead.resolve(RECORDING_SID + ".mp3"), Mp3Frames.bytes(3));

        pipeline().process(event());

        assertThat(dead).doesNotExist();
        assertNoTemporaryFilesLeft();
    }

    @Test
    void leftoverSweepSparesRecordingsStillRunning() throws IOException {
        String running = "RE" + "f".repeat(32);
        Path dead = Files.createDirectory(workDirectory.resolve("callpipeline-" + RECORDING_SID + "-1"));
        Path alive = Files.createDirectory(workDirectory.resolve("callpipeline-" + running + "-2"));
        Path unrelated = Files.createDirectory(workDirectory.resolve("someone-elses-folder"));

        int removed = pipeline().removeLeftoverWorkDirectories(running::equals);

        assertThat(removed).isEqualTo(1);
        assertThat(dead).doesNotExist();
        assertThat(alive).exists();
        assertThat(unrelated).exists();
    }

    @ParameterizedTest
    @ValueSource(strings = {"in-progress", "processing", "paused", "recording_completed'--"})
    void aNonFinalCallbackIsVerifiedAtTwilioNotRejected(String status) {
        RecordingEvent early = TwilioRecordingCallback.parse(Map.of("AccountSid", ACCOUNT_SID, "CallSid", CALL_SID,
                "RecordingSid", RECORDING_SID, "RecordingStatus", status));

        ProcessingOutcome outcome = pipeline().process(early);

        assertThat(outcome).isInstanceOf(ProcessingOutcome.Completed.class);
        twilio.verify(1, getRequestedFor(urlEqualTo(recordingPath(RECORDING_SID))));
    }

    @Test
    void aRecordingStillProcessingAtTwilioIsRetriedLater() {
        twilio.stubFor(get(recordingPath(RECORDING_SID)).willReturn(okJson(
                recordingJson(ACCOUNT_SID, CALL_SID, RECORDING_SID, "processing"))));

        ProcessingOutcome outcome = pipeline().process(event());

        assertFailed(outcome, "recording_not_ready", true);
        twilio.verify(0, getRequestedFor(urlEqualTo(wavPath(RECORDING_SID))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"random", "html", "empty-id3", "one-header"})
    void bytesThatAreNotAudioAreNeverSentToTheTranscriber(String kind) throws IOException {
        byte[] body = switch (kind) {
            case "random" -> new java.util.Random(7).ints(20_000, 0, 256)
                    .collect(java.io.ByteArrayOutputStream::new, (o, b) -> o.write(b), (a, b) -> { }).toByteArray();
            case "html" -> "<html><body>502 Bad Gateway</body></html>".getBytes(java.nio.charset.StandardCharsets.UTF_8);
            case "empty-id3" -> new byte[] {'I', 'D', '3', 4, 0, 0, 0, 0, 0, 10, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
            default -> new byte[] {(byte) 0xFF, (byte) 0xFB, (byte) 0x90, 0x64, 1, 2, 3};
        };
        twilio.stubFor(get(wavPath(RECORDING_SID)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "audio/x-wav").withBody(body)));

        ProcessingOutcome outcome = pipeline().process(event());

        assertFailed(outcome, "audio_unreadable", false);
        assertNothingPaid();
        assertNoTemporaryFilesLeft();
    }

    @Test
    void builderNamesEveryMissingCollaborator() {
        assertThatThrownBy(() -> CallRecordingPipeline.builder().build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("CallRecordingPipeline needs recordingLookup (or recordingSource), callLookup (or "
                        + "recordingSource), mediaDownloader (or recordingSource), transcriber, responder, store");
    }

    @Test
    void builderNamesACollaboratorWithADefaultThatWasSetToNothing() {
        assertThatThrownBy(() -> CallRecordingPipeline.builder().gibberishDetector(null).workDirectory(null)
                .language(null).listener(null).audioSettings(null).build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("gibberishDetector, responder, store, workDirectory, language, listener, audioSettings");
        assertThatThrownBy(() -> CallRecordingPipeline.builder().silencePaddingSeconds(-0.01))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(CallRecordingPipeline.builder().silencePaddingSeconds(0)).as("no padding is a choice").isNotNull();
    }

    /** A store whose database goes away when a given stage is saved. */
    private record StoreFailingAt(TranscriptStore delegate, ProcessingStage failAt) implements TranscriptStore {
        @Override
        public Optional<CallRecord> find(String recordingSid) {
            return delegate.find(recordingSid);
        }

        @Override
        public void save(CallRecord record) {
            if (record.stage() == failAt) {
                // as a driver quotes the row it was handed
                throw new IllegalStateException("database unavailable: Key (phone)=(+972541234567)");
            }
            delegate.save(record);
        }
    }
}
