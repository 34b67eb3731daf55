package io.callpipeline.core.pipeline;

import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.callpipeline.core.Fixtures.ACCOUNT_SID;
import static io.callpipeline.core.Fixtures.CALL_SID;
import static io.callpipeline.core.Fixtures.HEBREW_TEXT;
import static io.callpipeline.core.Fixtures.RECORDING_SID;
import static io.callpipeline.core.Fixtures.recordingPath;
import static io.callpipeline.core.Fixtures.wavPath;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.callpipeline.core.call.CallRecord;
import io.callpipeline.core.call.ProcessingStage;
import io.callpipeline.core.store.InMemoryTranscriptStore;
import io.callpipeline.core.store.RunClaim;
import io.callpipeline.core.store.TranscriptStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import io.callpipeline.core.twilio.TwilioRecordingCallback;

/**
 * A run that loses its recording to another run part-way (its queue judged it dead and revived
 * the job elsewhere, and the new run claimed the record as it started) stops before its next paid
 * request or save: it neither pays again nor overwrites what the other run
 * saves. With a store that keeps claims the save itself tells; with one that does not, the queue is
 * asked before each save and paid request.
 */
class RunOwnershipTest {

    @RegisterExtension
    static WireMockExtension twilio = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @TempDir
    Path workDirectory;

    private final InMemoryTranscriptStore store = new InMemoryTranscriptStore();
    private final ScriptedProviders providers = new ScriptedProviders();
    private CallRecord received;

    @BeforeEach
    void stubHappyPathAndStoreTheCall() {
        ScriptedProviders.stubTwilio(twilio);
        received = CallRecord.received(TwilioRecordingCallback.parse(Map.of("AccountSid", ACCOUNT_SID,
                "CallSid", CALL_SID, "RecordingSid", RECORDING_SID, "RecordingStatus", "completed")));
        store.save(received);
    }

    private CallRecordingPipeline pipeline(TranscriptStore with) {
        return providers.builder(twilio.baseUrl(), with, workDirectory).build();
    }

    /** Owned until the transcription request has reached the transcriber: the takeover came while it was in flight. */
    private boolean transcriptionNotYetSent() {
        return providers.transcriptions.isEmpty();
    }

    private boolean metadataNotYetRead() {
        return twilio.findAll(getRequestedFor(urlEqualTo(recordingPath(RECORDING_SID)))).isEmpty();
    }

    @Test
    void aRunTakenOverDuringTranscriptionSavesNothingMoreAndAsksNoResponse() throws IOException {
        ProcessingOutcome outcome = pipeline(new ClaimedByAnotherRunOnce(store, this::transcriptionNotYetSent))
                .process(RECORDING_SID, this::transcriptionNotYetSent).orElseThrow();

        assertTakenOverDuringTranscription(outcome);
    }

    @Test
    void withAStoreThatKeepsNoClaimsTheQueueIsAskedBeforeEachSaveAndTheRunStopsAsWell() throws IOException {
        ProcessingOutcome outcome = pipeline(new KeepsNoClaims(store))
                .process(RECORDING_SID, this::transcriptionNotYetSent).orElseThrow();

        assertTakenOverDuringTranscription(outcome);
    }

    private void assertTakenOverDuringTranscription(ProcessingOutcome outcome) throws IOException {
        assertThat(outcome).isInstanceOf(ProcessingOutcome.Superseded.class);
        assertThat(store.find(RECORDING_SID).orElseThrow().stage())
                .as("the record as the run left it before the takeover").isEqualTo(ProcessingStage.VERIFIED);
        assertThat(providers.transcriptions).hasSize(1);
        assertThat(providers.responses).isEmpty();
        try (Stream<Path> left = Files.walk(workDirectory)) {
            assertThat(left.filter(Files::isRegularFile)).as("no audio left, and no result kept for a later run")
                    .isEmpty();
        }
    }

    @Test
    void aRunWithoutClaimsTakenOverOnceItsVerdictIsSavedAsksTheModelNothing() {
        RunOwnership notYetChecked = () -> store.find(RECORDING_SID).orElseThrow().stage() != ProcessingStage.CHECKED;

        ProcessingOutcome outcome = pipeline(new KeepsNoClaims(store)).process(RECORDING_SID, notYetChecked)
                .orElseThrow();

        assertThat(outcome).isInstanceOf(ProcessingOutcome.Superseded.class);
        assertThat(store.find(RECORDING_SID).orElseThrow().stage()).isEqualTo(ProcessingStage.CHECKED);
        assertThat(providers.transcriptions).hasSize(1);
        assertThat(providers.responses).as("the model is paid by the run that took over, not this one").isEmpty();
    }

    @Test
    void aRunTakenOverBeforeItsFirstSaveNeitherSavesNorDownloads() {
        ProcessingOutcome outcome = pipeline(new ClaimedByAnotherRunOnce(store, this::metadataNotYetRead))
                .process(RECORDING_SID, this::metadataNotYetRead).orElseThrow();

        assertThat(outcome).isInstanceOf(ProcessingOutcome.Superseded.class);
        assertThat(store.history()).as("saves").containsExactly(received);
        twilio.verify(0, getRequestedFor(urlEqualTo(wavPath(RECORDING_SID))));
        assertThat(providers.transcriptions).isEmpty();
    }

    @Test
    void aRunWhoseQueueSaysItIsNotItsOwnAtTheStartClaimsNothingAndPaysNothing() {
        ProcessingOutcome outcome = pipeline(store).process(RECORDING_SID, () -> false).orElseThrow();

        assertThat(outcome).isInstanceOf(ProcessingOutcome.Superseded.class);
        assertThat(store.save(received.startingRun(), RunClaim.fresh()))
                .as("no claim was made: a claim no one made is still refused, the record unclaimed").isFalse();
        twilio.verify(0, getRequestedFor(urlEqualTo(recordingPath(RECORDING_SID))));
        assertThat(providers.transcriptions).isEmpty();
    }

    @Test
    void underAClaimTheQueueIsAskedOnceARunAndWithoutOneBeforeEverySave() {
        AtomicInteger claimedAsks = new AtomicInteger();
        AtomicInteger unclaimedAsks = new AtomicInteger();
        InMemoryTranscriptStore other = new InMemoryTranscriptStore();
        other.save(received);

        ProcessingOutcome claimed = pipeline(store)
                .process(RECORDING_SID, () -> claimedAsks.incrementAndGet() > 0).orElseThrow();
        twilio.resetRequests();
        ProcessingOutcome unclaimed = pipeline(new KeepsNoClaims(other))
                .process(RECORDING_SID, () -> unclaimedAsks.incrementAndGet() > 0).orElseThrow();

        assertThat(claimed).isInstanceOf(ProcessingOutcome.Completed.class);
        assertThat(unclaimed).isInstanceOf(ProcessingOutcome.Completed.class);
        // as it starts, and before the transcription it pays for after a download (seconds, unvouched for)
        assertThat(claimedAsks).as("asks of the queue, with a store that keeps claims").hasValue(2);
        int saves = other.history().size() - 1;
        assertThat(unclaimedAsks.get()).as("asks of the queue without claims, over %d saves", saves)
                .isGreaterThanOrEqualTo(saves);
    }

    @Test
    void anOwnershipThatCannotBeToldFailsTheRunForARetryWhichReusesWhatWasPaidFor() {
        RunOwnership unreachable = () -> {
            if (transcriptionNotYetSent()) {
                return true;
            }
            throw new IllegalStateException("connection refused");
        };

        ProcessingOutcome first = pipeline(new KeepsNoClaims(store)).process(RECORDING_SID, unreachable).orElseThrow();
        ProcessingOutcome retry = pipeline(store).process(RECORDING_SID, RunOwnership.SOLE).orElseThrow();

        assertThat(first).isInstanceOfSatisfying(ProcessingOutcome.Failed.class, failed -> {
            assertThat(failed.retryable()).isTrue();
            assertThat(failed.failure().reasonCode()).isEqualTo("store_unavailable");
        });
        assertThat(retry).isInstanceOf(ProcessingOutcome.Completed.class);
        assertThat(providers.transcriptions).hasSize(1);
        assertThat(providers.responses).hasSize(1);
        assertThat(List.of(retry.record().transcript().text())).containsExactly(HEBREW_TEXT);
    }

    @Test
    void aClaimTheStoreCannotMakeFailsTheRunForARetryBeforeAnythingIsPaid() {
        TranscriptStore down = new KeepsNoClaims(store) {
            @Override
            public RunClaim claim(String recordingSid) {
                throw new IllegalStateException("connection refused");
            }
        };

        ProcessingOutcome outcome = pipeline(down).process(RECORDING_SID, () -> true).orElseThrow();

        assertThat(outcome).isInstanceOfSatisfying(ProcessingOutcome.Failed.class, failed -> {
            assertThat(failed.retryable()).isTrue();
            assertThat(failed.failure().reasonCode()).isEqualTo("store_unavailable");
        });
        assertThat(providers.transcriptions).isEmpty();
    }

    /** A store of a host that keeps no claims: only the SPI's two required methods. */
    static class KeepsNoClaims implements TranscriptStore {
        private final TranscriptStore delegate;

        KeepsNoClaims(TranscriptStore delegate) {
            this.delegate = delegate;
        }

        @Override
        public Optional<CallRecord> find(String recordingSid) {
            return delegate.find(recordingSid);
        }

        @Override
        public void save(CallRecord record) {
            delegate.save(record);
        }
    }

    /** The revived run elsewhere: it claims the record (once) as soon as {@code owned} turns false. */
    static final class ClaimedByAnotherRunOnce extends KeepsNoClaims {
        private final TranscriptStore delegate;
        private final BooleanSupplier owned;
        private boolean claimedByOther;

        ClaimedByAnotherRunOnce(TranscriptStore delegate, BooleanSupplier owned) {
            super(delegate);
            this.delegate = delegate;
            this.owned = owned;
        }

        @Override
        public RunClaim claim(String recordingSid) {
            return delegate.claim(recordingSid);
        }

        @Override
        public boolean save(CallRecord record, RunClaim claim) {
            if (!owned.getAsBoolean() && !claimedByOther) {
                claimedByOther = true;
                delegate.claim(record.recordingSid());
            }
            return delegate.save(record, claim);
        }
    }
}
