package io.callpipeline.core.pipeline;

import io.callpipeline.core.ReasonCode;
import io.callpipeline.core.TransientProcessingException;
import io.callpipeline.core.privacy.MessageFree;

/**
 * One run's {@link RunOwnership}, asked before each paid request and each save: a run that has
 * been taken over stops where it stands, and one whose ownership cannot be told fails as a store
 * failure does, so it is retried rather than guessed at.
 */
final class OwnershipCheck {

    static final OwnershipCheck SOLE = new OwnershipCheck(RunOwnership.SOLE);

    private final RunOwnership ownership;

    OwnershipCheck(RunOwnership ownership) {
        this.ownership = ownership;
    }

    /** @throws TakenOver when another run owns the recording now */
    void confirm() {
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
