package io.callpipeline.core.pipeline;

import io.callpipeline.core.CallPipelineException;
import io.callpipeline.core.ReasonCode;
import io.callpipeline.core.TransientProcessingException;
import io.callpipeline.core.call.CallRecord;
import io.callpipeline.core.call.ProcessingFailure;
import io.callpipeline.core.call.ProcessingStage;
import io.callpipeline.core.privacy.MessageFree;
import io.callpipeline.core.store.RunClaim;
import io.callpipeline.core.store.TranscriptStore;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How a run writes what it learns: each step's result saved (or, when the store cannot take it,
 * kept on disk for the next run), a failure saved with the stage it ends in, and nothing written at
 * all once another run owns the recording. Kept apart from {@link CallRecordingPipeline} so the
 * pipeline reads as its steps.
 */
final class RunRecords {

    /** The pipeline's own log category: what a run records is part of how it ended. */
    private static final Logger log = LoggerFactory.getLogger(CallRecordingPipeline.class);

    private final TranscriptStore store;
    private final UnsavedResults unsaved;

    RunRecords(TranscriptStore store, UnsavedResults unsaved) {
        this.store = store;
        this.unsaved = unsaved;
    }

    /**
     * A result an earlier run paid for but could not save replaces the stored record when it is
     * further along, and is saved first; an outdated one is dropped.
     */
    CallRecord withUnsavedResult(CallRecord stored, OwnershipCheck owned) {
        Optional<CallRecord> kept = unsaved.find(stored.recordingSid());
        if (kept.isEmpty()) {
            return stored;
        }
        if (kept.get().stage().ordinal() <= stored.stage().ordinal() || stored.stage().isTerminal()) {
            unsaved.forget(stored.recordingSid());
            return stored;
        }
        log.info("Recording {}: saving the {} result an earlier run could not", stored.recordingSid(),
                kept.get().stage());
        return save(kept.get(), owned);
    }

    ProcessingOutcome fail(CallRecord record, ProcessingFailure failure, ProcessingStage terminalStage,
            OwnershipCheck owned) {
        CallRecord failed = record.failed(failure, terminalStage);
        try {
            write(failed, owned);
        } catch (OwnershipCheck.TakenOver e) {
            throw e;
        } catch (RuntimeException e) {
            log.warn("Could not save the failure of recording {}: {}", record.recordingSid(), MessageFree.describe(e));
            return new ProcessingOutcome.Failed(failed, new ProcessingFailure(ReasonCode.STORE_UNAVAILABLE,
                    "Could not save the outcome: " + e.getClass().getSimpleName() + " (see the app's log)"));
        }
        if (!failure.retryable()) {
            unsaved.discard(record.recordingSid()); // the call has ended: nothing kept can serve it now
        }
        log.info("Recording {} stopped at {}: {} ({})", record.recordingSid(), failed.stage(),
                failure.reasonCode(), failure.retryable() ? "will retry" : "final");
        return outcomeOf(failed);
    }

    /**
     * Saves a step's result, unless another run has taken the recording over; one the store cannot
     * take is kept on disk for the next run.
     */
    CallRecord save(CallRecord record, OwnershipCheck owned) {
        try {
            write(record, owned);
        } catch (OwnershipCheck.TakenOver e) {
            throw e;
        } catch (RuntimeException e) {
            unsaved.keep(record);
            if (e instanceof CallPipelineException known) {
                throw known;
            }
            throw new TransientProcessingException(ReasonCode.STORE_UNAVAILABLE,
                    "Could not save the call's progress: " + MessageFree.describe(e), e);
        }
        unsaved.forget(record.recordingSid());
        return record;
    }

    /**
     * One statement's worth of ownership: under a claim the save itself is refused once another run
     * has claimed the record; without one, the queue is asked first.
     */
    private void write(CallRecord record, OwnershipCheck owned) {
        RunClaim claim = owned.claimed();
        if (!claim.fenced()) {
            owned.confirm();
            store.save(record);
            return;
        }
        if (!store.save(record, claim)) {
            throw new OwnershipCheck.TakenOver();
        }
        owned.savedUnderClaim();
    }

    /** Drops what this machine kept for a recording whose call ended elsewhere or is another run's. */
    void discardKept(String recordingSid) {
        unsaved.discard(recordingSid);
    }

    /** See {@link UnsavedResults#sweep}. */
    int sweepKept(java.util.function.Predicate<String> open, java.time.Duration partialAge, java.time.Instant now) {
        return unsaved.sweep(open, partialAge, now);
    }

    static ProcessingOutcome outcomeOf(CallRecord record) {
        return switch (record.stage()) {
            case COMPLETED -> new ProcessingOutcome.Completed(record);
            case GIBBERISH -> new ProcessingOutcome.Gibberish(record);
            case REJECTED -> new ProcessingOutcome.Rejected(record, record.failure());
            default -> new ProcessingOutcome.Failed(record, record.failure());
        };
    }
}
