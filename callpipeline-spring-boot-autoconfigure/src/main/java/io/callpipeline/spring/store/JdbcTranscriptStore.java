package io.callpipeline.spring.store;

import io.callpipeline.core.call.CallRecord;
import io.callpipeline.core.store.CallRecordJson;
import io.callpipeline.core.store.RunClaim;
import io.callpipeline.core.store.TranscriptStore;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The starter's durable {@link TranscriptStore}: one row per recording in
 * {@code callpipeline_call_record}, the whole {@link CallRecord} as JSON. It is what lets a retry,
 * or another instance after a crash, resume after the last finished step. Uses Spring's
 * {@link JdbcTemplate}, so a save joins the caller's transaction (the webhook saves the received
 * record and enqueues its job in one). A CRM that wants the data in its own tables replaces this bean.
 */
public final class JdbcTranscriptStore implements TranscriptStore {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    public JdbcTranscriptStore(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public Optional<CallRecord> find(String recordingSid) {
        List<String> rows = jdbc.queryForList(
                "select record_json from callpipeline_call_record where recording_sid = ?", String.class, recordingSid);
        return rows.stream().findFirst().map(CallRecordJson::read);
    }

    /**
     * Inserts the record unless one exists for the recording, atomically (the primary key decides).
     *
     * @return {@code false} when the recording already had a record (a duplicate callback)
     */
    @Override
    public boolean saveIfAbsent(CallRecord record) {
        Timestamp now = Timestamp.from(clock.instant());
        try {
            // no row when one exists, without an error that would spoil the caller's transaction on PostgreSQL
            return jdbc.update("insert into callpipeline_call_record"
                    + " (recording_sid, call_sid, stage, record_json, created_at, updated_at) select ?, ?, ?, ?,"
                    + " cast(? as timestamp with time zone), cast(? as timestamp with time zone)"
                    + " where not exists (select 1 from callpipeline_call_record where recording_sid = ?)",
                    record.recordingSid(), record.event().callSid(), record.stage().name(), write(record), now, now,
                    record.recordingSid()) == 1;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    @Override
    public void save(CallRecord record) {
        Timestamp now = Timestamp.from(clock.instant());
        int updated = jdbc.update(
                "update callpipeline_call_record set stage = ?, record_json = ?, updated_at = ? where recording_sid = ?",
                record.stage().name(), write(record), now, record.recordingSid());
        if (updated == 0 && !saveIfAbsent(record)) {
            save(record);
        }
    }

    @Override
    public RunClaim claim(String recordingSid) {
        RunClaim claim = RunClaim.fresh();
        return jdbc.update("update callpipeline_call_record set run_claim = ? where recording_sid = ?", claim.token(),
                recordingSid) == 1 ? claim : RunClaim.NONE;
    }

    /** One conditional update: the claim is checked by the statement that saves. */
    @Override
    public boolean save(CallRecord record, RunClaim claim) {
        if (!claim.fenced()) {
            save(record);
            return true;
        }
        return jdbc.update("update callpipeline_call_record set stage = ?, record_json = ?, updated_at = ?"
                        + " where recording_sid = ? and run_claim = ?",
                record.stage().name(), write(record), Timestamp.from(clock.instant()), record.recordingSid(),
                claim.token()) == 1;
    }

    private static String write(CallRecord record) {
        return CallRecordJson.write(record);
    }
}
