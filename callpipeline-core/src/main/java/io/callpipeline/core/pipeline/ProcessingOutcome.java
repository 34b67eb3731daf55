package io.callpipeline.core.pipeline;

import io.callpipeline.core.call.CallRecord;
import io.callpipeline.core.call.ProcessingFailure;
import io.callpipeline.core.gibberish.GibberishVerdict;

/**
 * How one run of the pipeline ended. Exactly five cases, so a caller's {@code switch} is checked by
 * the compiler: only {@link Failed#retryable()} asks for another run.
 */
public sealed interface ProcessingOutcome {

    /** The record as saved when this run ended. */
    CallRecord record();

    /** Transcript and response are stored. */
    record Completed(CallRecord record) implements ProcessingOutcome {
    }

    /** The transcript was judged gibberish; it is stored with its verdict and got no response. */
    record Gibberish(CallRecord record) implements ProcessingOutcome {
        public GibberishVerdict verdict() {
            return record.verdict();
        }
    }

    /** The recording is not one to process: missing, not ours, another call's, or not completed. */
    record Rejected(CallRecord record, ProcessingFailure failure) implements ProcessingOutcome {
    }

    /** A step failed; {@link #retryable()} says whether another run may succeed. */
    record Failed(CallRecord record, ProcessingFailure failure) implements ProcessingOutcome {
        public boolean retryable() {
            return failure.retryable();
        }
    }

    /**
     * Another run took the recording over while this one was going (see {@link RunOwnership}): this
     * run stopped without saving anything more, and the other run finishes the call.
     *
     * @param record the record as this run found it when it started
     */
    record Superseded(CallRecord record) implements ProcessingOutcome {
    }
}
