package io.callpipeline.crm.privacy;

import io.callpipeline.crm.access.AccessScope;
import io.callpipeline.crm.call.CallNotFoundException;
import io.callpipeline.crm.customer.ConfirmedField;
import io.callpipeline.crm.customer.ConfirmedFieldsJson;
import io.callpipeline.crm.customer.CustomerNotFoundException;
import java.util.List;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * "Forget this customer" (or this one call), as Israel's Privacy Protection Law lets a person ask:
 * the calls, their transcripts, answers, earlier answers and search text go in one transaction,
 * together with the customer's row, the queued work on them, and an access-log entry that says who
 * erased how much (ids and counts only). Their recordings are queued for deletion at the provider in
 * the same transaction and deleted by {@link RecordingDeletions}, retried until the provider
 * confirms, so an erasure that outlives a crash or an outage still finishes; what a run kept on this
 * machine's disk is dropped after the commit (other instances' copies go at their next sweep, since
 * the call no longer exists). A callback or reconciliation that names an erased recording again is
 * refused. Only a scope that sees everything (an admin) erases; any other scope finds nothing to erase.
 */
public class Erasure {

    private static final Logger log = LoggerFactory.getLogger(Erasure.class);

    /** What an erasure removed. */
    public record Report(int calls, int recordings) {
    }

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final RecordingDeletions deletions;
    private final AccessLog accessLog;
    private final QueuedWork queuedWork;
    private final Consumer<String> keptResults;

    /**
     * @param queuedWork  cancels the background work queued for a recording (none without processing)
     * @param keptResults drops what runs kept on this machine's disk for a recording
     */
    public Erasure(JdbcTemplate jdbc, TransactionTemplate transactions, RecordingDeletions deletions,
            AccessLog accessLog, QueuedWork queuedWork, Consumer<String> keptResults) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.deletions = deletions;
        this.accessLog = accessLog;
        this.queuedWork = queuedWork;
        this.keptResults = keptResults;
    }

    /**
     * Cancels what is queued for recordings, in the erasure's transaction: a run under way finds its
     * job gone at its next step and stops without writing.
     */
    @FunctionalInterface
    public interface QueuedWork {
        QueuedWork NONE = recordingSids -> { };

        void cancel(List<String> recordingSids);
    }

    private record Recording(long callId, String accountSid, String recordingSid, String agency, Long customerId) {
    }

    /** @throws CallNotFoundException when the call does not exist or the user may not erase it */
    public Report eraseCall(long callId, AccessScope scope) {
        List<Recording> recordings = transactions.execute(status -> {
            List<Recording> found = scope.everything() ? recordings("id = ?", callId) : List.of();
            if (found.isEmpty()) {
                throw new CallNotFoundException(callId);
            }
            erase(found);
            Recording call = found.get(0);
            if (call.customerId() != null) {
                forgetConfirmedFrom(call.customerId(), callId);
            }
            accessLog.write(AccessAction.ERASE_CALL, call.agency(), callId, call.customerId(), List.of(),
                    "1 call, 1 recording to delete at the provider");
            return found;
        });
        return finished(recordings, "call " + callId);
    }

    /** @throws CustomerNotFoundException when the customer does not exist or the user may not erase them */
    public Report eraseCustomer(long customerId, AccessScope scope) {
        List<Recording> recordings = transactions.execute(status -> {
            List<String> agency = scope.everything()
                    ? jdbc.queryForList("select owner_agency from callpipeline_customer where id = ? for update",
                            String.class, customerId)
                    : List.of();
            if (agency.isEmpty()) {
                throw new CustomerNotFoundException(customerId);
            }
            List<Recording> found = recordings("customer_id = ?", customerId);
            erase(found);
            jdbc.update("delete from callpipeline_customer where id = ?", customerId);
            accessLog.write(AccessAction.ERASE_CUSTOMER, agency.get(0), null, customerId,
                    found.stream().map(Recording::callId).toList(),
                    found.size() + " calls, " + found.size() + " recordings to delete at the provider");
            return found;
        });
        return finished(recordings, "customer " + customerId);
    }

    /** The customer's details an agent confirmed from the erased call go with it; those from other calls stay. */
    private void forgetConfirmedFrom(long customerId, long callId) {
        List<String> column = jdbc.queryForList("select confirmed_fields from callpipeline_customer where id = ? for update",
                String.class, customerId);
        if (column.isEmpty()) {
            return;
        }
        List<ConfirmedField> kept = ConfirmedFieldsJson.read(column.get(0)).stream()
                .filter(field -> field.callId() != callId).toList();
        jdbc.update("update callpipeline_customer set confirmed_fields = ? where id = ?", ConfirmedFieldsJson.write(kept),
                customerId);
    }

    private List<Recording> recordings(String where, long id) {
        return jdbc.query("select id, account_sid, recording_sid, owner_agency, customer_id from callpipeline_call_log"
                + " where " + where + " for update", (row, n) -> new Recording(row.getLong(1), row.getString(2),
                        row.getString(3), row.getString(4), row.getObject(5, Long.class)), id);
    }

    private void erase(List<Recording> recordings) {
        if (recordings.isEmpty()) {
            return;
        }
        for (Recording recording : recordings) {
            deletions.request(recording.accountSid(), recording.recordingSid(), RecordingDeletions.Reason.ERASURE);
        }
        queuedWork.cancel(recordings.stream().map(Recording::recordingSid).toList());
        for (Recording recording : recordings) {
            jdbc.update("delete from callpipeline_call_transcript where call_log_id = ?", recording.callId());
            jdbc.update("delete from callpipeline_call_log where id = ?", recording.callId());
        }
    }

    private Report finished(List<Recording> recordings, String what) {
        for (Recording recording : recordings) {
            keptResults.accept(recording.recordingSid()); // and our archived copy of its audio
        }
        log.info("Erased {}: {} calls; their recordings are queued for deletion at the provider", what,
                recordings.size());
        return new Report(recordings.size(), recordings.size());
    }
}
