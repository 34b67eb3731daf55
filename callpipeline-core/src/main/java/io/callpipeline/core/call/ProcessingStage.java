package io.callpipeline.core.call;

/**
 * How far a call got. The first four are progress a retry resumes from; the last four are terminal
 * and every accepted callback ends in one of them.
 */
public enum ProcessingStage {
    /** Accepted, nothing done yet. */
    RECEIVED,
    /** The recording was checked with the provider and the call details fetched. */
    VERIFIED,
    /** The transcript is stored. */
    TRANSCRIBED,
    /** The gibberish verdict is stored. */
    CHECKED,
    /** Transcript and response stored: done. */
    COMPLETED,
    /** The transcript was judged gibberish: done, without a response. */
    GIBBERISH,
    /** The recording is not one to process (missing, not ours, not completed): done. */
    REJECTED,
    /** A permanent error, or transient errors beyond the retry limit: done. */
    FAILED;

    /** Whether processing has ended for good. */
    public boolean isTerminal() {
        return this == COMPLETED || this == GIBBERISH || this == REJECTED || this == FAILED;
    }
}
