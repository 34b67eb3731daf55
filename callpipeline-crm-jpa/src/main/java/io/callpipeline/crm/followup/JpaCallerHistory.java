package io.callpipeline.crm.followup;

import io.callpipeline.core.extraction.ExtractedField;
import io.callpipeline.core.response.CallerHistory;
import io.callpipeline.crm.call.CallLog;
import io.callpipeline.crm.call.CallTask;
import io.callpipeline.crm.customer.Customer;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A known customer's earlier calls and confirmed details, for the model's answer to their next call:
 * the summaries of the customer's answered calls before this one, newest first, what agents confirmed
 * on the customer, and the tasks from their earlier calls nobody has finished. Only the customer's own
 * calls in the call's own agency are read (a caller of two agencies is a customer of each), so another
 * owner's calls never reach the prompt. At most
 * {@value #MOST} calls are read; the responder's token budget decides how many are sent.
 */
public class JpaCallerHistory implements CallerHistory {

    /** The most earlier calls read for one answer: more than any budget sends. */
    static final int MOST = 50;

    /** The most open tasks read for one answer, soonest due first. */
    static final int MOST_TASKS = 20;

    private final EntityManager entities;
    private final TransactionTemplate transactions;

    /**
     * @param entities     a shared, transaction-bound entity manager
     * @param transactions the reads run in one read-only transaction
     */
    public JpaCallerHistory(EntityManager entities, TransactionTemplate transactions) {
        this.entities = entities;
        this.transactions = new TransactionTemplate(transactions.getTransactionManager(), transactions);
        this.transactions.setReadOnly(true);
    }

    @Override
    public History before(String recordingSid) {
        return transactions.execute(status -> read(recordingSid));
    }

    private History read(String recordingSid) {
        // the call and its customer only: its tasks and replies are no part of the history
        CallLog call = entities.createQuery("select c from CallpipelineCallLog c left join fetch c.customer"
                + " left join fetch c.transcript where c.recordingSid = :sid", CallLog.class).setParameter("sid", recordingSid).getResultStream()
                .findFirst().orElse(null);
        Customer customer = call == null ? null : call.getCustomer();
        if (customer == null) {
            return History.EMPTY;
        }
        List<EarlierCall> earlier = entities.createQuery("select c.occurredAt, t.summary from CallpipelineCallLog c"
                        + " join c.transcript t where c.customer.id = :customer and c.ownerAgency = :agency"
                        + " and c.id <> :call and t.summary is not null and c.occurredAt <= :at"
                        + " order by c.occurredAt desc, c.id desc", Object[].class)
                .setParameter("customer", customer.getId())
                .setParameter("agency", call.getOwner().agency())
                .setParameter("call", call.getId())
                .setParameter("at", call.getOccurredAt())
                .setMaxResults(MOST)
                .getResultList().stream()
                .map(row -> new EarlierCall((Instant) row[0], (String) row[1]))
                .toList();
        List<ExtractedField> confirmed = customer.getConfirmedFields().stream()
                .map(field -> new ExtractedField(field.name(), field.label(), field.value())).toList();
        List<CallerHistory.OpenTask> open = entities.createQuery("select t.task, t.dueDate from CallpipelineCallTask t"
                        + " join t.call c where c.customer.id = :customer and c.ownerAgency = :agency and c.id <> :call"
                        + " and t.status = :open order by t.dueDate asc nulls last, t.id", Object[].class)
                .setParameter("customer", customer.getId())
                .setParameter("agency", call.getOwner().agency())
                .setParameter("call", call.getId())
                .setParameter("open", CallTask.Status.OPEN)
                .setMaxResults(MOST_TASKS)
                .getResultList().stream()
                .map(row -> new CallerHistory.OpenTask((String) row[0], (java.time.LocalDate) row[1]))
                .toList();
        return new History(earlier, confirmed, open);
    }
}
