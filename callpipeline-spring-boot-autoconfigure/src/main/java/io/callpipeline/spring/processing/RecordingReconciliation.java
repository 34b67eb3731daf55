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
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds calls whose callback never came. Twilio does not retry a callback by default, so a deploy
 * or a network blip at the wrong moment would lose the call for good; this recurring db-scheduler
 * task (one instance of a cluster runs each execution) lists the account's recordings since the
 * last run and queues every completed one the store does not know and that is this app's (a call
 * to one of its numbers: {@code OurRecordings}), marked as found by reconciliation. The first run
 * looks back no further than the moment the app adopted the starter (its first migration), unless
 * the host asks for more: the day before adoption holds calls nobody meant to pay for. Its
 * watermark is the task's own data, so it survives restarts. A callback that arrives afterwards is
 * a duplicate.
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
    private final Predicate<RecordingInfo> ours;
    private final Supplier<Optional<Instant>> adoptedAt;

    /**
     * @param intake    found lazily: the intake needs the scheduler that runs this task
     * @param ours      which of the account's recordings are this app's
     * @param adoptedAt when the app adopted the starter, asked on the first run; empty for no bound
     */
    public RecordingReconciliation(RecordingCatalog catalog, TranscriptStore store, Supplier<RecordingIntake> intake,
            Window window, Clock clock, Predicate<RecordingInfo> ours, Supplier<Optional<Instant>> adoptedAt) {
        this.catalog = catalog;
        this.store = store;
        this.intake = intake;
        this.window = window;
        this.clock = clock;
        this.ours = ours;
        this.adoptedAt = adoptedAt;
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
        Instant from;
        if (last == null || last.listedUntil() == null) {
            Instant lookBack = until.minus(window.lookBack());
            from = adoptedAt.get().filter(adopted -> adopted.isAfter(lookBack)).orElse(lookBack);
        } else {
            from = last.listedUntil().minus(window.overlap());
        }
        int listed = 0;
        int found = 0;
        int others = 0;
        for (RecordingInfo recording : catalog.recordingsCreatedBetween(from, until)) {
            listed++;
            if (!RecordingEvent.STATUS_COMPLETED.equals(recording.status()) || isKnown(recording)) {
                continue;
            }
            if (!ours.test(recording)) {
                others++;
            } else if (queue(recording)) {
                found++;
            }
        }
        if (found > 0) {
            log.warn("Reconciliation found {} recording(s) no callback announced (of {} listed since {}); queued",
                    found, listed, from);
        } else {
            log.debug("Reconciliation: {} recording(s) listed since {}, all known", listed, from);
        }
        if (others > 0) {
            log.debug("Reconciliation left {} recording(s) of other numbers alone", others);
        }
        return new Watermark(until);
    }

    /** Known from a final callback; one known only from a non-final one (an {@code in-progress} callback whose {@code completed} one was lost) is not. */
    private boolean isKnown(RecordingInfo recording) {
        return store.find(recording.recordingSid()).filter(known -> known.event().isFinal()).isPresent();
    }

    /** Queues a completed recording no final callback announced. */
    private boolean queue(RecordingInfo recording) {
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
