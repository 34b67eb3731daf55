package io.callpipeline.spring.webhook;

import io.callpipeline.spring.processing.RecordingIntake;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;

/**
 * Rehearses the intake ({@link RecordingIntake#rehearse()}) once on start-up, when every bean is
 * made and before any lifecycle starts, so before the web server takes its first request. A fresh
 * JVM restarted while calls are ending gets Twilio's callbacks all at once; without the rehearsal
 * they were the ones paying for the first use of the database path, together, and most got 503. It
 * runs on the webhook's own storing threads and within its {@code store-timeout}, so a slow or
 * unreachable database delays start-up by that much at most; a failure is logged and start-up goes
 * on (the webhook then answers 503 as it always would).
 */
public final class IntakeRehearsal implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(IntakeRehearsal.class);

    private final RecordingIntake intake;
    private final StorageDeadline deadline;

    public IntakeRehearsal(RecordingIntake intake, StorageDeadline deadline) {
        this.intake = intake;
        this.deadline = deadline;
    }

    @Override
    public void afterSingletonsInstantiated() {
        long started = System.nanoTime();
        try {
            deadline.call(() -> {
                intake.rehearse();
                return null;
            });
            log.debug("Intake rehearsed in {} ms", (System.nanoTime() - started) / 1_000_000);
        } catch (StorageDeadline.Missed | RuntimeException e) {
            log.warn("Could not rehearse the recording intake before the first callback ({}); the first callbacks"
                    + " will be slower", e.toString());
        }
    }
}
