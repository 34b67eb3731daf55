package io.callpipeline.test;

import io.callpipeline.core.call.CallRecord;
import io.callpipeline.core.store.TranscriptStore;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Waits until a call has ended (completed, gibberish, rejected or failed), since processing runs
 * in the background after the webhook has answered: a test posts a callback, then waits here.
 */
public final class CallWait {

    private CallWait() {
    }

    /**
     * @return the call's final record
     * @throws AssertionError when it has not ended within {@code timeout}, with what it last was
     */
    public static CallRecord untilFinal(TranscriptStore store, String recordingSid, Duration timeout)
            throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        Optional<CallRecord> last = Optional.empty();
        while (Instant.now().isBefore(deadline)) {
            last = store.find(recordingSid);
            if (last.isPresent() && last.get().stage().isTerminal()) {
                return last.get();
            }
            Thread.sleep(50);
        }
        throw new AssertionError("Recording " + recordingSid + " did not end within " + timeout + "; last seen: "
                + last.map(r -> r.stage().name()).orElse("never stored"));
    }
}
