package io.callpipeline.crm.followup;

import io.callpipeline.crm.access.AccessScope;
import io.callpipeline.crm.call.CallTask;
import io.callpipeline.crm.customer.Customer;
import io.callpipeline.crm.customer.CustomerNotFoundException;
import io.callpipeline.crm.persistence.Queries;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A customer's calls at a glance, for the top of their page: how many calls and when, how warm the last
 * answer judged the lead, what is still to do, and the last calls' summaries, newest first. Made from what
 * the answers already hold (no model request of its own), and only of the calls the user may see.
 */
public class CustomerStory {

    /** The most recent summaries shown. */
    public static final int RECENT = 5;

    /** The most open tasks shown. */
    public static final int OPEN_TASKS = 10;

    private final EntityManager entities;
    private final TransactionTemplate transactions;

    /** @param entities a shared, transaction-bound entity manager */
    public CustomerStory(EntityManager entities, TransactionTemplate transactions) {
        this.entities = entities;
        this.transactions = new TransactionTemplate(transactions.getTransactionManager(), transactions);
        this.transactions.setReadOnly(true);
    }

    /**
     * @param calls     the customer's calls the user sees
     * @param answered  of them, those with an answer
     * @param first     the first one's time, or {@code null} with none
     * @param last      the last one's time, or {@code null}
     * @param leadScore the last answer's score of the lead (0–100), or {@code null}
     * @param leadReason why
     * @param openTasks what is still to do, soonest due first
     * @param recent    the last answered calls, newest first
     */
    public record Story(long calls, long answered, Instant first, Instant last, Integer leadScore, String leadReason,
            List<Open> openTasks, List<Recent> recent) {
    }

    /** A task still to do, with its call. */
    public record Open(long taskId, long callId, String task, LocalDate due) {
    }

    /** One answered call: when, and what it was about. */
    public record Recent(long callId, Instant at, String summary, String intent) {
    }

    /**
     * @throws CustomerNotFoundException when there is no such customer or the scope does not see it
     */
    public Story of(long customerId, AccessScope scope) {
        return transactions.execute(status -> {
            Customer customer = entities.find(Customer.class, customerId);
            if (customer == null || !scope.sees(customer.getAgency())) {
                throw new CustomerNotFoundException(customerId);
            }
            Map<String, Object> parameters = new HashMap<>();
            String where = " where c.customer.id = :customer" + Queries.callsVisibleTo(scope, "c", parameters);
            parameters.put("customer", customerId);
            Object[] counts = query("select count(c), count(t.summary), min(c.occurredAt), max(c.occurredAt)"
                    + " from CallpipelineCallLog c left join c.transcript t" + where, Object[].class, parameters)
                    .getSingleResult();
            List<Recent> recent = query("select c.id, c.occurredAt, t.summary, t.intent, t.leadScore, t.leadScoreReason"
                    + " from CallpipelineCallLog c join c.transcript t" + where + " and t.summary is not null"
                    + " order by c.occurredAt desc, c.id desc", Object[].class, parameters).setMaxResults(RECENT)
                    .getResultList().stream().map(row -> new Recent((Long) row[0], (Instant) row[1], (String) row[2],
                            (String) row[3])).toList();
            Object[] lead = query("select t.leadScore, t.leadScoreReason from CallpipelineCallLog c join c.transcript t"
                    + where + " and t.leadScore is not null order by c.occurredAt desc, c.id desc", Object[].class,
                    parameters).setMaxResults(1).getResultStream().findFirst().orElse(new Object[2]);
            Map<String, Object> withOpen = new HashMap<>(parameters);
            withOpen.put("open", CallTask.Status.OPEN);
            List<Open> open = query("select t.id, c.id, t.task, t.dueDate from CallpipelineCallTask t join t.call c"
                    + where + " and t.status = :open order by t.dueDate asc nulls last, t.id", Object[].class, withOpen)
                    .setMaxResults(OPEN_TASKS).getResultList().stream()
                    .map(row -> new Open((Long) row[0], (Long) row[1], (String) row[2], (LocalDate) row[3])).toList();
            return new Story((Long) counts[0], (Long) counts[1], (Instant) counts[2], (Instant) counts[3],
                    (Integer) lead[0], (String) lead[1], open, recent);
        });
    }

    private <T> TypedQuery<T> query(String jpql, Class<T> type, Map<String, Object> parameters) {
        TypedQuery<T> query = entities.createQuery(jpql, type);
        parameters.forEach(query::setParameter);
        return query;
    }
}
