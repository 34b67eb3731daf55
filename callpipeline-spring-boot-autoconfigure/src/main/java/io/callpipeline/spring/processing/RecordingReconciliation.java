package io.callpipeline.spring.processing;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import io.callpipeline.core.CallPipelineException;
import io.callpipeline.core.call.Origin;
import io.callpipeline.core.event.RecordingEvent;
import io.callpipeline.core.recording.RecordingCatalog;
import io.callpipeline.core.recording.RecordingInfo;
import io.callpipeline.core.store.TranscriptStore;
import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds calls whose callback never came. Twilio does not retry a callback by default, so a deploy
 * or a network blip at the wrong moment would lose the call for good; this recurring db-scheduler
 * task (one instance of a cluster runs each execution) lists the account's recordings since the
 * last run and queues every completed one the store does not know, marked as found by
 * reconciliation. Its watermark is the task's own data, so it survives restarts. A callback that
 * arrives afterwards is a duplicate.
 */
public final class RecordingReconciliation {

    /** The task's name in {@code callpipeline_scheduled_tasks}. */
    public static final String TASK_NAME = "callpipeline-reconciliation";

    private static final Logger log = LoggerFactory.getLogger(RecordingReconciliation.class);

    /**
     * The end of the last window listed.
     *
     * @param listedUntil when the last run's window ended
     */
    public record Watermark(Instant listedUntil) implements Serializable {
    }

    /**
     * @param interval time between runs
     * @param lookBack how far back the first run looks
     * @param overlap  how far before the last window's end each later window starts
     */
    public record Window(Duration interval, Duration lookBack, Duration overlap) {
    }

    private final RecordingCatalog catalog;
    private final TranscriptStore store;
    private final Supplier<RecordingIntake> intake;
    private final Window window;
    private final Clock clock;

    /**
     * @param intake found lazily: the intake needs the scheduler that runs this task
     */
    public RecordingReconciliation(RecordingCatalog catalog, TranscriptStore store, Supplier<RecordingIntake> intake,
            Window window, Clock clock) {
        this.catalog = catalog;
        this.store = store;
        this.intake = intake;
        this.window = window;
        this.clock = clock;
    }

    public RecurringTask<Watermark> task() {
        return Tasks.recurring(TASK_NAME, FixedDelay.of(window.interval()), Watermark.class)
                .executeStateful((instance, context) -> runOrKeep(instance.getData()));
    }

    /** A run that cannot list the recordings (Twilio down) keeps its watermark for the next one: one WARN line, no trace. */
    private Watermark runOrKeep(Watermark last) {
        try {
            return run(last);
        } catch (CallPipelineException e) {
            log.warn("Reconciliation could not list the account's recordings ({}): {}; next try in {}", e.reasonCode(),
                    e.getMessage(), window.interval());
            return last;
        }
    }

    /**
     * Lists one window and queues what no callback announced.
     *
     * @param last the previous run's watermark, or {@code null} on the first run
     * @return the watermark for the next run; a run that fails keeps the previous one
     */
    public Watermark run(Watermark last) {
        Instant until = clock.instant();
        Instant from = last == null || last.listedUntil() == null ? until.minus(window.lookBack())
                : last.listedUntil().minus(window.overlap());
        int listed = 0;
        int found = 0;
        for (RecordingInfo recording : catalog.recordingsCreatedBetween(from, until)) {
            listed++;
            if (RecordingEvent.STATUS_COMPLETED.equals(recording.status()) && queueIfUnknownOrEarly(recording)) {
                found++;
            }
        }
        if (found > 0) {
            log.warn("Reconciliation found {} recording(s) no callback announced (of {} listed since {}); queued",
                    found, listed, from);
        } else {
            log.debug("Reconciliation: {} recording(s) listed since {}, all known", listed, from);
        }
        return new Watermark(until);
    }

    /**
     * Queues a completed recording the store does not know, or knows only from a non-final callback
     * (an {@code in-progress} one whose {@code completed} callback was lost).
     */
    private boolean queueIfUnknownOrEarly(RecordingInfo recording) {
        if (store.find(recording.recordingSid()).filter(known -> known.event().isFinal()).isPresent()) {
            return false;
        }
        RecordingEvent event;
        try {
            event = new RecordingEvent(recording.accountSid(), recording.callSid(), recording.recordingSid(), null,
                    recording.status(), recording.durationSeconds(), recording.channels(), recording.source(),
                    recording.startTime(), null);
        } catch (CallPipelineException notACallRecording) {
            log.warn("Reconciliation skipped recording {}: {}", recording.recordingSid(), notACallRecording.getMessage());
            return false;
        }
        return intake.get().accept(event, Origin.RECONCILIATION) != RecordingIntake.Result.DUPLICATE;
    }
}
