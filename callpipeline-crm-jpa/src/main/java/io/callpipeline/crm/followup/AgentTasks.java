package io.callpipeline.crm.followup;

import io.callpipeline.crm.access.AccessScope;
import io.callpipeline.crm.call.CallHistory;
import io.callpipeline.crm.call.CallLog;
import io.callpipeline.crm.call.CallNotFoundException;
import io.callpipeline.crm.call.CallTask;
import io.callpipeline.crm.persistence.Queries;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The agent's tasks from calls: the "today" list of what is due (the calls to return), and marking a task
 * done. The list is ranked by how urgent and how warm: overdue before due today, then the warmer lead first
 * (the model's score; a call without one counts as lukewarm, 50), then the older due date, then the older
 * call. Every query takes the user's scope, so another agency's task is never listed nor marked.
 */
public class AgentTasks {

    /** A lead without a score ranks as a lukewarm one. */
    static final int UNSCORED = 50;

    private final EntityManager entities;
    private final CallHistory calls;
    private final TransactionTemplate transactions;
    private final Clock clock;

    /** @param entities a shared, transaction-bound entity manager */
    public AgentTasks(EntityManager entities, TransactionTemplate transactions, Clock clock) {
        this.entities = entities;
        this.calls = new CallHistory(entities);
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * What is on the agent's list on {@code today}.
     *
     * @param due     open tasks due on or before today, ranked
     * @param undated open tasks no date was said for, newest call first
     */
    public record Today(LocalDate day, List<CallTask> due, List<CallTask> undated) {
    }

    /**
     * @param limit the most tasks of each list
     */
    public Today today(AccessScope scope, LocalDate today, int limit) {
        return transactions.execute(status -> {
            List<CallTask> due = open(scope, " and t.dueDate <= :today", Map.of("today", today), limit);
            List<CallTask> undated = open(scope, " and t.dueDate is null", Map.of(), limit);
            Comparator<CallTask> ranked = Comparator.<CallTask>comparingInt(t -> t.getDueDate().isBefore(today) ? 0 : 1)
                    .thenComparing(t -> -score(t))
                    .thenComparing(CallTask::getDueDate)
                    .thenComparing(t -> t.getCall().getOccurredAt());
            undated.sort(Comparator.comparing((CallTask t) -> t.getCall().getOccurredAt()).reversed());
            due.sort(ranked);
            return new Today(today, List.copyOf(due), List.copyOf(undated));
        });
    }

    private List<CallTask> open(AccessScope scope, String condition, Map<String, Object> values, int limit) {
        Map<String, Object> parameters = new HashMap<>(values);
        String where = " where t.status = :open" + condition + Queries.callsVisibleTo(scope, "c", parameters);
        parameters.put("open", CallTask.Status.OPEN);
        TypedQuery<CallTask> query = entities.createQuery("select t from CallpipelineCallTask t join fetch t.call c"
                + " left join fetch c.transcript left join fetch c.customer" + where
                + " order by t.dueDate, c.occurredAt desc", CallTask.class);
        parameters.forEach(query::setParameter);
        return new java.util.ArrayList<>(query.setMaxResults(limit).getResultList());
    }

    private static int score(CallTask task) {
        Integer score = task.getCall().getTranscript() == null ? null : task.getCall().getTranscript().getLeadScore();
        return score == null ? UNSCORED : score;
    }

    /**
     * Marks a task of a call done, or open again.
     *
     * @param actor who, as the access log names users
     * @throws CallNotFoundException     for a call the scope does not see, or none
     * @throws TaskNotFoundException     for a task that is not this call's
     */
    public CallTask mark(long callId, long taskId, boolean done, AccessScope scope, String actor) {
        return transactions.execute(status -> {
            CallLog call = calls.find(callId, scope).orElseThrow(() -> new CallNotFoundException(callId));
            CallTask task = call.getTasks().stream().filter(t -> t.getId() == taskId).findFirst()
                    .map(entities::merge) // read with the call; made managed in this transaction
                    .orElseThrow(() -> new TaskNotFoundException(callId, taskId));
            task.mark(done, actor, clock.instant());
            entities.flush();
            return task;
        });
    }
}
