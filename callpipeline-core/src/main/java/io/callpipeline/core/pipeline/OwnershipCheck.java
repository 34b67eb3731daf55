package io.callpipeline.core.pipeline;

import io.callpipeline.core.ReasonCode;
import io.callpipeline.core.TransientProcessingException;
import io.callpipeline.core.privacy.MessageFree;
import io.callpipeline.core.store.RunClaim;
import io.callpipeline.core.store.TranscriptStore;

/**
 * One run's hold on its recording, asked before each paid request and each save: a run that has
 * been taken over stops where it stands, and one whose ownership cannot be told fails as a store
 * failure does, so it is retried rather than guessed at.
 *
 * <p>Asking the queue ({@link RunOwnership}) costs a query. A run whose store keeps claims asks it
 * as it starts, and claims the record; each save is then conditional on that claim, so the save is
 * the check, and the one action right after a save (or the claim) needs no query of its own. What
 * follows a longer wait (a paid request after a download) is still asked. With a store that keeps
 * no claims the queue is asked before every save and every paid request.
 */
final class OwnershipCheck {

    private final RunOwnership ownership;
    private RunClaim claim = RunClaim.NONE;
    /** Whether the last thing the run did proved it still held the recording (a claim, a fenced save). */
    private boolean vouched;

    OwnershipCheck(RunOwnership ownership) {
        this.ownership = ownership;
    }

    /** For a run that nothing else can take over. */
    static OwnershipCheck sole() {
        return new OwnershipCheck(RunOwnership.SOLE);
    }

    /**
     * Asks the queue once and claims the record, for a run a queue may take over; a sole run claims
     * nothing (nothing can take it over, and a claim is a write).
     *
     * @throws TakenOver when another run owns the recording already
     */
    void claim(TranscriptStore store, String recordingSid) {
        if (ownership == RunOwnership.SOLE) {
            return;
        }
        confirm();
        try {
            claim = store.claim(recordingSid);
        } catch (RuntimeException e) {
            throw new TransientProcessingException(ReasonCode.STORE_UNAVAILABLE,
                    "Could not claim the recording for this run: " + MessageFree.describe(e), e);
        }
        vouched = claim.fenced();
    }

    /** The claim this run's saves are made under; {@link RunClaim#NONE} when they are unconditional. */
    RunClaim claimed() {
        return claim;
    }

    /** A save under this run's claim went through: the run held the recording just now. */
    void savedUnderClaim() {
        vouched = true;
    }

    /** @throws TakenOver when another run owns the recording now */
    void confirm() {
        if (vouched) {
            vouched = false; // good for the one action that follows it
            return;
        }
        boolean held;
        try {
            held = ownership.held();
        } catch (RuntimeException e) {
            throw new TransientProcessingException(ReasonCode.STORE_UNAVAILABLE,
                    "Could not tell whether this run still owns the recording: " + MessageFree.describe(e), e);
        }
        if (!held) {
            throw new TakenOver();
        }
    }

    /** Ends a run that another run has taken over; it carries no stack, as it is no error. */
    static final class TakenOver extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TakenOver() {
            super("another run owns the recording now", null, false, false);
        }
    }
}
