package io.callpipeline.crm.privacy;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Removes what has outlived its retention window: audio (deleted at the provider through
 * {@link RecordingDeletions}; the call stays and says its audio was deleted), transcripts with the
 * model's answers and the words the call is found by, earlier answers, and access-log entries. Run
 * now and then by one instance at a time; each kind in batches, each batch its own transaction, so a
 * purge of a long backlog neither holds locks for long nor loses what it did when cut short. What it
 * removed is counted (logs and metrics), never shown.
 */
public class RetentionPurge {

    private static final Logger log = LoggerFactory.getLogger(RetentionPurge.class);

    /** Rows one transaction takes. */
    static final int BATCH = 500;

    /** What one purge can remove. */
    public enum Kind {
        AUDIO, TRANSCRIPTS, EARLIER_ANSWERS, ACCESS_LOG
    }

    /**
     * The windows; {@code null} keeps that kind.
     */
    public record Windows(Duration audio, Duration transcripts, Duration earlierAnswers, Duration accessLog) {
    }

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final RecordingDeletions deletions;
    private final AccessLog accessLog;
    private final Windows windows;
    private final boolean deleteAtProvider;
    private final Consumer<String> archivedAudio;
    private final Clock clock;

    /** @param archivedAudio deletes our kept copy of a recording's audio (nothing without an archive) */
    public RetentionPurge(JdbcTemplate jdbc, TransactionTemplate transactions, RecordingDeletions deletions,
            AccessLog accessLog, Windows windows, boolean deleteAtProvider, Consumer<String> archivedAudio,
            Clock clock) {
        this.archivedAudio = archivedAudio;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.deletions = deletions;
        this.accessLog = accessLog;
        this.windows = windows;
        this.deleteAtProvider = deleteAtProvider;
        this.clock = clock;
    }

    /** One purge of every kind that has a window; how many of each it removed. */
    public Map<Kind, Integer> purge() {
        Instant now = clock.instant();
        Map<Kind, Integer> removed = new EnumMap<>(Kind.class);
        if (windows.audio() != null) {
            removed.put(Kind.AUDIO, inBatches(() -> audio(now.minus(windows.audio()))));
        }
        if (windows.transcripts() != null) {
            removed.put(Kind.TRANSCRIPTS, inBatches(() -> transcripts(now.minus(windows.transcripts()))));
        }
        if (windows.earlierAnswers() != null) {
            removed.put(Kind.EARLIER_ANSWERS, inBatches(() -> earlierAnswers(now.minus(windows.earlierAnswers()))));
        }
        if (windows.accessLog() != null) {
            removed.put(Kind.ACCESS_LOG, transactions.execute(s -> accessLog.purgeBefore(now.minus(windows.accessLog()))));
        }
        if (removed.values().stream().anyMatch(count -> count > 0)) {
            log.info("Retention purge removed {}", removed);
        }
        return removed;
    }

    private int inBatches(java.util.function.IntSupplier batch) {
        int total = 0;
        int done;
        do {
            done = transactions.execute(status -> batch.getAsInt());
            total += done;
        } while (done == BATCH);
        return total;
    }

    private int audio(Instant cutoff) {
        List<String[]> due = jdbc.query("select id, account_sid, recording_sid from callpipeline_call_log"
                + " where occurred_at < ? and audio_deleted_at is null order by occurred_at limit ? for update",
                (row, n) -> new String[] {row.getString(1), row.getString(2), row.getString(3)},
                Timestamp.from(cutoff), BATCH);
        Timestamp now = Timestamp.from(clock.instant());
        for (String[] call : due) {
            if (deleteAtProvider) {
                deletions.request(call[1], call[2], RecordingDeletions.Reason.RETENTION);
            }
            jdbc.update("update callpipeline_call_log set audio_deleted_at = ? where id = ?", now, Long.valueOf(call[0]));
        }
        for (String[] call : due) {
            archivedAudio.accept(call[2]); // not transactional: should this batch roll back, the window is over anyway
        }
        return due.size();
    }

    private int transcripts(Instant cutoff) {
        // a call still being processed keeps its transcript until it ends, so its run never pays for it twice;
        // the words it was found by came from the transcript and the answer; its tasks go with the transcript
        // (a foreign key), and the replies' texts (the answer's reply, as the agent sent it) go too, their
        // statuses stay
        return forEachDue("c.stage in ('COMPLETED', 'GIBBERISH', 'REJECTED', 'FAILED')", cutoff,
                "delete from callpipeline_call_transcript where call_log_id = ?",
                "update callpipeline_call_log set search_text = null where id = ?",
                "update callpipeline_reply set body = '' where call_log_id = ?");
    }

    private int earlierAnswers(Instant cutoff) {
        return forEachDue("t.earlier_answers_json is not null", cutoff,
                "update callpipeline_call_transcript set earlier_answers_json = null where call_log_id = ?");
    }

    /** Runs {@code updates} on each of a batch of transcripts of calls before {@code cutoff} that {@code where} holds for. */
    private int forEachDue(String where, Instant cutoff, String... updates) {
        List<Long> due = jdbc.queryForList("select t.call_log_id from callpipeline_call_transcript t"
                + " join callpipeline_call_log c on c.id = t.call_log_id where c.occurred_at < ? and " + where
                + " order by c.occurred_at limit ?", Long.class, Timestamp.from(cutoff), BATCH);
        for (Long id : due) {
            for (String update : updates) {
                jdbc.update(update, id);
            }
        }
        return due.size();
    }
}
