package io.callpipeline.crm.call;

import io.callpipeline.core.call.CallRecord;
import io.callpipeline.core.store.TranscriptStore;
import io.callpipeline.crm.customer.CallerMatcher;
import io.callpipeline.crm.persistence.UniqueInsert;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The pipeline's {@link TranscriptStore} in the CRM's own tables: every step's result lands in
 * {@link CallLog} and {@link CallTranscript} as it happens, so the customer's page shows progress
 * and a resumed job skips what is done. When Twilio says who called, the call is given to its
 * customer ({@link CallerMatcher}). A repeated callback inserts nothing: the unique RecordingSid decides.
 */
public final class JpaTranscriptStore implements TranscriptStore {

    private static final String INSERT = "insert into callpipeline_call_log (account_sid, call_sid, recording_sid,"
            + " callback_url, callback_status, callback_duration, callback_channels, callback_source,"
            + " callback_started_at, callback_error_code, verified, call_known, stage, status, attempts, origin,"
            + " occurred_at, created_at, updated_at, version)"
            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, false, false, 'RECEIVED', 'RECEIVED', 0, ?, ?, ?, ?, 0)";

    private final EntityManager entities;
    private final TransactionTemplate transactions;
    private final UniqueInsert inserts;
    private final CallerMatcher callers;
    private final Clock clock;

    /**
     * @param entities     a shared, transaction-bound entity manager
     * @param transactions the JPA transaction manager's template
     */
    public JpaTranscriptStore(EntityManager entities, TransactionTemplate transactions, UniqueInsert inserts,
            CallerMatcher callers, Clock clock) {
        this.entities = entities;
        this.transactions = transactions;
        this.inserts = inserts;
        this.callers = callers;
        this.clock = clock;
    }

    @Override
    public Optional<CallRecord> find(String recordingSid) {
        return transactions.execute(status -> byRecordingSid(recordingSid).map(CallRecordMapping::read));
    }

    @Override
    public boolean saveIfAbsent(CallRecord record) {
        return Boolean.TRUE.equals(transactions.execute(status -> {
            if (!insert(record)) {
                return false;
            }
            write(byRecordingSid(record.recordingSid()).orElseThrow(), record);
            return true;
        }));
    }

    @Override
    public void save(CallRecord record) {
        transactions.executeWithoutResult(status -> {
            Optional<CallLog> existing = byRecordingSid(record.recordingSid());
            if (existing.isEmpty()) {
                insert(record);
            }
            write(existing.or(() -> byRecordingSid(record.recordingSid())).orElseThrow(), record);
        });
    }

    private void write(CallLog log, CallRecord record) {
        boolean callNewlyKnown = !log.callKnown && record.call() != null;
        CallRecordMapping.write(log, record, clock.instant());
        if (callNewlyKnown && log.getCustomer() == null) {
            callers.match(record.call()).ifPresent(log::setCustomer);
        }
        log.refreshSearchText();
        entities.flush();
    }

    private boolean insert(CallRecord record) {
        var event = record.event();
        Timestamp now = Timestamp.from(clock.instant());
        Instant started = event.startTime();
        return inserts.insert(INSERT, event.accountSid(), event.callSid(), event.recordingSid(), event.recordingUrl(),
                event.recordingStatus(), event.durationSeconds(), event.channels(), event.source(),
                started == null ? null : Timestamp.from(started), event.errorCode(), record.origin().name(),
                started == null ? now : Timestamp.from(started), now, now);
    }

    private Optional<CallLog> byRecordingSid(String recordingSid) {
        return entities.createQuery("select c from CallpipelineCallLog c left join fetch c.transcript"
                        + " where c.recordingSid = :sid", CallLog.class)
                .setParameter("sid", recordingSid).getResultStream().findFirst();
    }
}
