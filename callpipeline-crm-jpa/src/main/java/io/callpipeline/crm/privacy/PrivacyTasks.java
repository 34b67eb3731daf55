package io.callpipeline.crm.privacy;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import io.callpipeline.core.recording.RecordingDeletion;
import java.time.Duration;
import java.util.Map;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The privacy work the app does by itself, as the processing's scheduler runs it: one instance at a
 * time across a cluster, again after a crash. Deletions at the provider are looked at every
 * {@code callpipeline.crm.privacy.deletion-interval} (each waits its own pause after a failure);
 * the retention purge runs every {@code callpipeline.crm.privacy.purge-interval}.
 */
public final class PrivacyTasks {

    private static final Logger log = LoggerFactory.getLogger(PrivacyTasks.class);

    public static final String DELETIONS_TASK = "callpipeline-recording-deletions";
    public static final String PURGE_TASK = "callpipeline-retention-purge";

    /** Deletions one round asks of the provider, so a long backlog never holds a scheduler thread for long. */
    static final int DELETIONS_PER_ROUND = 100;

    /** Where counts go besides the log (the metrics registry when the host has one). */
    @FunctionalInterface
    public interface Counts {
        Counts NONE = (name, kind, count) -> { };

        void add(String name, String kind, int count);
    }

    private PrivacyTasks() {
    }

    /**
     * @param provider the provider's deletion, or {@code null} when the app has none (deletions then
     *                 wait, and the log says why once a round)
     */
    public static RecurringTask<Void> deletions(RecordingDeletions deletions, Supplier<RecordingDeletion> provider,
            Duration interval, Counts counts) {
        return Tasks.recurring(DELETIONS_TASK, FixedDelay.of(interval)).execute((instance, context) -> {
            RecordingDeletion deletion = provider.get();
            if (deletion == null) {
                int waiting = deletions.pending();
                if (waiting > 0) {
                    log.warn("{} recordings wait to be deleted at the provider, but this app has no way to delete"
                            + " them (no Twilio recording source)", waiting);
                }
                return;
            }
            RecordingDeletions.Round round = deletions.deleteDue(deletion, DELETIONS_PER_ROUND);
            counts.add("callpipeline.privacy.recordings.deleted", "deleted", round.deleted());
            counts.add("callpipeline.privacy.recordings.deleted", "already_gone", round.alreadyGone());
            counts.add("callpipeline.privacy.recordings.deleted", "failed", round.failed());
            if (round.deleted() + round.alreadyGone() > 0) {
                log.info("Deleted {} recordings at the provider ({} were already gone; {} failed, to be tried again)",
                        round.deleted() + round.alreadyGone(), round.alreadyGone(), round.failed());
            }
        });
    }

    public static RecurringTask<Void> purge(RetentionPurge purge, Duration interval, Counts counts) {
        return Tasks.recurring(PURGE_TASK, FixedDelay.of(interval)).execute((instance, context) -> {
            Map<RetentionPurge.Kind, Integer> removed = purge.purge();
            removed.forEach((kind, count) -> counts.add("callpipeline.privacy.purged", kind.name().toLowerCase(
                    java.util.Locale.ROOT), count));
        });
    }
}
