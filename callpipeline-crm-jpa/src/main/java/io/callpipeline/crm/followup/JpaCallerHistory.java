package io.callpipeline.crm.followup;

import io.callpipeline.core.extraction.ExtractedField;
import io.callpipeline.core.response.CallerHistory;
import io.callpipeline.crm.call.CallLog;
import io.callpipeline.crm.call.CallTask;
import io.callpipeline.crm.customer.Customer;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A known customer's earlier calls and confirmed details, for the model's answer to their next call:
 * the summaries of the customer's answered calls before this one, newest first, what agents confirmed
 * on the customer, and the tasks from their earlier calls nobody has finished. Only the customer's own
 * calls in the call's own agency are read (a caller of two agencies is a customer of each), so another
 * owner's calls never reach the prompt. At most
 * {@value #MOST} calls are read, and the open tasks are those of the calls read; the responder's token
 * budget decides how many are sent.
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
        List<Object[]> rows = entities.createQuery("select c.id, c.occurredAt, t.summary from CallpipelineCallLog c"
                        + " join c.transcript t where c.customer.id = :customer and c.ownerAgency = :agency"
                        + " and c.id <> :call and t.summary is not null and c.occurredAt <= :at"
                        + " order by c.occurredAt desc, c.id desc", Object[].class)
                .setParameter("customer", customer.getId())
                .setParameter("agency", call.getOwner().agency())
                .setParameter("call", call.getId())
                .setParameter("at", call.getOccurredAt())
                .setMaxResults(MOST)
                .getResultList();
        List<EarlierCall> earlier = rows.stream().map(row -> new EarlierCall((Instant) row[1], (String) row[2])).toList();
        List<ExtractedField> confirmed = customer.getConfirmedFields().stream()
                .map(field -> new ExtractedField(field.name(), field.label(), field.value())).toList();
        List<Long> earlierIds = rows.stream().map(row -> (Long) row[0]).toList();
        return new History(earlier, confirmed, openTasks(earlierIds));
    }

    /**
     * The unfinished tasks of the calls read, soonest due first, looked up by the calls' ids: the
     * customer's other calls and other customers' tasks are not looked at, whatever the planner believes
     * of the tables. Joined through the customer, a plan made from statistics taken while the tables were
     * small read the agency's calls once per open task; ordered and cut in SQL, one walked every open task
     * of the agency in due order. A call proposes a handful of steps, so the few rows are sorted here.
     */
    private List<CallerHistory.OpenTask> openTasks(List<Long> callIds) {
        if (callIds.isEmpty()) {
            return List.of();
        }
        return entities.createQuery("select t.id, t.task, t.dueDate from CallpipelineCallTask t"
                        + " where t.call.id in :calls and t.status = :open", Object[].class)
                .setParameter("calls", callIds)
                .setParameter("open", CallTask.Status.OPEN)
                .getResultList().stream()
                .sorted(Comparator.comparing((Object[] row) -> (LocalDate) row[2],
                        Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(row -> (Long) row[0]))
                .limit(MOST_TASKS)
                .map(row -> new CallerHistory.OpenTask((String) row[1], (LocalDate) row[2]))
                .toList();
    }
}
