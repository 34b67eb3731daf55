package io.callpipeline.crm.privacy;

import io.callpipeline.core.CallPipelineException;
import io.callpipeline.core.recording.RecordingDeletion;
import io.callpipeline.crm.persistence.UniqueInsert;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Recordings to delete at the provider, kept in the database until the provider confirms: an erased
 * call's recording and audio past its retention window. Asking is part of the erasure's (or the
 * purge's) transaction, so a deletion is never forgotten; the provider is asked afterwards, by
 * {@link #deleteDue}, retried with growing pauses until it answers. An erased recording's row stays
 * once deleted, and is what refuses the recording if a late callback or reconciliation names it.
 */
public class RecordingDeletions {

    private static final Logger log = LoggerFactory.getLogger(RecordingDeletions.class);

    /** The longest pause between two tries of one deletion. */
    static final Duration MAX_PAUSE = Duration.ofHours(6);

    /** Why a recording is deleted. */
    public enum Reason {
        /** Its call, or its customer, was erased on request. */
        ERASURE,
        /** Its audio outlived the retention window. */
        RETENTION
    }

    /** What one round of deletions did. */
    public record Round(int deleted, int alreadyGone, int failed) {
    }

    private final JdbcTemplate jdbc;
    private final UniqueInsert inserts;
    private final Clock clock;

    public RecordingDeletions(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.inserts = new UniqueInsert(jdbc);
        this.clock = clock;
    }

    /**
     * Asks for the recording's deletion (in the caller's transaction); asking twice is asking once,
     * except that an erasure marks a recording already waiting for its retention deletion as erased.
     */
    public void request(String accountSid, String recordingSid, Reason reason) {
        if (reason == Reason.ERASURE) {
            jdbc.update("update callpipeline_recording_deletion set reason = ? where recording_sid = ?",
                    Reason.ERASURE.name(), recordingSid);
        }
        Timestamp now = Timestamp.from(clock.instant());
        inserts.insert("insert into callpipeline_recording_deletion (recording_sid, account_sid, reason, requested_at,"
                + " next_attempt_at) values (?, ?, ?, ?, ?)", recordingSid, accountSid, reason.name(), now, now);
    }

    /** Whether this recording was erased on request: its callbacks are refused. */
    public boolean erased(String recordingSid) {
        Integer found = jdbc.queryForObject("select count(*) from callpipeline_recording_deletion where recording_sid = ?"
                + " and reason = ?", Integer.class, recordingSid, Reason.ERASURE.name());
        return found != null && found > 0;
    }

    /** How many deletions wait for the provider. */
    public int pending() {
        Integer count = jdbc.queryForObject("select count(*) from callpipeline_recording_deletion where deleted_at is null",
                Integer.class);
        return count == null ? 0 : count;
    }

    /**
     * Asks the provider to delete every recording whose turn has come, at most {@code limit}; one
     * that fails waits twice as long as before (up to {@link #MAX_PAUSE}) and is tried again.
     */
    public Round deleteDue(RecordingDeletion provider, int limit) {
        Instant now = clock.instant();
        List<String[]> due = jdbc.query("select recording_sid, account_sid, attempts from callpipeline_recording_deletion"
                + " where deleted_at is null and next_attempt_at <= ? order by next_attempt_at limit ?",
                (row, n) -> new String[] {row.getString(1), row.getString(2), String.valueOf(row.getInt(3))},
                Timestamp.from(now), limit);
        int deleted = 0;
        int gone = 0;
        int failed = 0;
        for (String[] recording : due) {
            try {
                if (provider.delete(recording[1], recording[0])) {
                    deleted++;
                } else {
                    gone++;
                }
                finished(recording[0]);
            } catch (RuntimeException e) {
                failed++;
                int attempts = Integer.parseInt(recording[2]) + 1;
                String reason = e instanceof CallPipelineException known ? known.reasonCode()
                        : e.getClass().getSimpleName();
                log.warn("Recording {} could not be deleted at the provider (try {}): {}", recording[0], attempts, reason);
                jdbc.update("update callpipeline_recording_deletion set attempts = ?, last_error = ?, next_attempt_at = ?"
                        + " where recording_sid = ?", attempts, reason, Timestamp.from(now.plus(pause(attempts))),
                        recording[0]);
            }
        }
        return new Round(deleted, gone, failed);
    }

    /** The pause after the {@code attempts}-th failed try: one minute, doubling, at most {@link #MAX_PAUSE}. */
    static Duration pause(int attempts) {
        Duration pause = Duration.ofMinutes(1L << Math.min(Math.max(attempts - 1, 0), 20));
        return pause.compareTo(MAX_PAUSE) > 0 ? MAX_PAUSE : pause;
    }

    private void finished(String recordingSid) {
        Timestamp now = Timestamp.from(clock.instant());
        // an erased recording's row stays as the mark that refuses it; a retention deletion's has done its work
        jdbc.update("update callpipeline_recording_deletion set deleted_at = ?, next_attempt_at = null, last_error = null"
                + " where recording_sid = ? and reason = ?", now, recordingSid, Reason.ERASURE.name());
        jdbc.update("delete from callpipeline_recording_deletion where recording_sid = ? and reason = ?", recordingSid,
                Reason.RETENTION.name());
    }
}
