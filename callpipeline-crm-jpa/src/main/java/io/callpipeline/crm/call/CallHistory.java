package io.callpipeline.crm.call;

import io.callpipeline.core.owner.CallOwner;
import io.callpipeline.crm.access.AccessScope;
import io.callpipeline.crm.customer.Customer;
import io.callpipeline.crm.customer.CustomerNotFoundException;
import io.callpipeline.crm.persistence.Queries;
import io.callpipeline.crm.query.ResultPage;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.transaction.annotation.Transactional;

/**
 * The calls as the CRM lists them: a customer's, newest first; the most recent across all
 * customers, filtered by status or to those nobody owns yet; and giving an unassigned call to a
 * customer. Each call comes with its customer and transcript in one query.
 *
 * <p>Every method a user's request reaches takes the user's {@link AccessScope} and filters by it in
 * the query itself: another agency's call or customer is not found (a 404, exactly as one that does
 * not exist), and never counted. Only {@link #findByRecordingSid} is unfiltered, for the app's own work.
 */
@Transactional(readOnly = true)
public class CallHistory {

    private static final String WITH_DETAILS = "select c from CallpipelineCallLog c left join fetch c.customer"
            + " left join fetch c.transcript";
    private static final String NEWEST_FIRST = " order by c.occurredAt desc, c.id desc";

    private final EntityManager entities;

    public CallHistory(EntityManager entities) {
        this.entities = entities;
    }

    /** The call, when it exists and the scope sees its owner. */
    public Optional<CallLog> find(long id, AccessScope scope) {
        Map<String, Object> parameters = new HashMap<>();
        String where = " where c.id = :id" + Queries.callsVisibleTo(scope, "c", parameters);
        parameters.put("id", id);
        TypedQuery<CallLog> select = entities.createQuery(WITH_DETAILS + where, CallLog.class);
        parameters.forEach(select::setParameter);
        return withTasks(select.getResultList()).stream().findFirst();
    }

    /** The call of this recording, whoever owns it: for the app's own work, never a user's request. */
    public Optional<CallLog> findByRecordingSid(String recordingSid) {
        return withTasks(entities.createQuery(WITH_DETAILS + " where c.recordingSid = :sid", CallLog.class)
                .setParameter("sid", recordingSid).getResultList()).stream().findFirst();
    }

    /**
     * @throws CustomerNotFoundException when there is no such customer, or the scope does not see it
     */
    public ResultPage<CallLog> ofCustomer(long customerId, AccessScope scope, int page, int size) {
        Customer customer = entities.find(Customer.class, customerId);
        if (customer == null || !scope.sees(customer.getAgency())) {
            throw new CustomerNotFoundException(customerId);
        }
        return search(new CallSearch(null, null, null, null, null, customerId, false), scope, page, size);
    }

    /**
     * @param statuses       only calls in these states; empty for all
     * @param unassignedOnly only calls that belong to no customer
     */
    public ResultPage<CallLog> recent(Collection<CallStatus> statuses, boolean unassignedOnly, AccessScope scope,
            int page, int size) {
        return search(CallSearch.recent(statuses, unassignedOnly), scope, page, size);
    }

    /** Calls that match the search and the scope, newest first (see {@link CallSearch}). */
    public ResultPage<CallLog> search(CallSearch search, AccessScope scope, int page, int size) {
        Map<String, Object> parameters = new HashMap<>();
        StringBuilder where = new StringBuilder(" where 1 = 1").append(Queries.callsVisibleTo(scope, "c", parameters));
        if (!search.statuses().isEmpty()) {
            where.append(" and c.status in :statuses");
            parameters.put("statuses", List.copyOf(search.statuses()));
        }
        if (search.unassignedOnly()) {
            where.append(" and c.customer is null");
        }
        if (search.customerId() != null) {
            where.append(" and c.customer.id = :customer");
            parameters.put("customer", search.customerId());
        }
        if (search.fromInstant() != null) {
            where.append(" and c.occurredAt >= :from");
            parameters.put("from", search.fromInstant());
        }
        if (search.toInstant() != null) {
            where.append(" and c.occurredAt < :to");
            parameters.put("to", search.toInstant());
        }
        List<List<String>> words = search.words();
        for (int w = 0; w < words.size(); w++) {
            List<String> forms = words.get(w);
            where.append(" and (");
            for (int f = 0; f < forms.size(); f++) {
                String name = "w" + w + "f" + f;
                where.append(f == 0 ? "" : " or ").append("c.searchText like :").append(name).append(" escape '\\'");
                parameters.put(name, "%" + Queries.likeLiteral(forms.get(f)) + "%");
            }
            where.append(")");
        }
        TypedQuery<CallLog> select = entities.createQuery(WITH_DETAILS + where + NEWEST_FIRST, CallLog.class);
        TypedQuery<Long> count = entities.createQuery("select count(c) from CallpipelineCallLog c" + where, Long.class);
        parameters.forEach((name, value) -> {
            select.setParameter(name, value);
            count.setParameter(name, value);
        });
        return page(select, count, page, size);
    }

    /**
     * Gives an unassigned call (a withheld number's, say) to a customer of the call's agency. An
     * unrouted call (only admins see one) joins the customer's agency with it.
     *
     * @throws CallNotFoundException       when there is no such call, or the scope does not see it
     * @throws CustomerNotFoundException   when there is no such customer, or the scope does not see it
     * @throws CallAlreadyAssignedException when the call already belongs to another customer, or the
     *                                     customer to another agency than the call
     */
    @Transactional
    public CallLog assign(long callId, long customerId, AccessScope scope) {
        CallLog call = find(callId, scope).orElseThrow(() -> new CallNotFoundException(callId));
        Customer customer = entities.find(Customer.class, customerId);
        if (customer == null || !scope.sees(customer.getAgency())) {
            throw new CustomerNotFoundException(customerId);
        }
        if (call.getCustomer() != null && !call.getCustomer().getId().equals(customerId)) {
            throw new CallAlreadyAssignedException(callId, call.getCustomer().getId());
        }
        if (call.getOwner().unrouted()) {
            call.setOwner(CallOwner.agency(customer.getAgency()));
        } else if (!call.getOwner().agency().equals(customer.getAgency())) {
            throw CallAlreadyAssignedException.otherAgency(callId, customerId);
        }
        call.setCustomer(customer);
        call.refreshSearchText();
        entities.flush();
        return call;
    }

    private ResultPage<CallLog> page(TypedQuery<CallLog> select, TypedQuery<Long> count, int page, int size) {
        List<CallLog> items = select.setFirstResult(ResultPage.offset(page, size)).setMaxResults(size).getResultList();
        return new ResultPage<>(withTasks(items), page, size, count.getSingleResult());
    }

    private static java.time.Instant instant(Object value) {
        if (value instanceof java.time.Instant instant) {
            return instant;
        }
        if (value instanceof java.time.OffsetDateTime offset) {
            return offset.toInstant();
        }
        if (value instanceof java.sql.Timestamp timestamp) {
            return timestamp.toInstant();
        }
        return value == null ? null : java.time.Instant.parse(value.toString());
    }

    /**
     * Reads the tasks and the replies of these calls, one query each, and hands each call its own (tasks in
     * the order proposed, replies oldest first).
     */
    private List<CallLog> withTasks(List<CallLog> found) {
        if (found.isEmpty()) {
            return found;
        }
        Map<Long, List<CallTask>> byCall = new HashMap<>();
        entities.createQuery("select t from CallpipelineCallTask t where t.call.id in :ids order by t.stepIndex",
                        CallTask.class)
                .setParameter("ids", found.stream().map(CallLog::getId).toList()).getResultList()
                .forEach(task -> byCall.computeIfAbsent(task.getCall().getId(), id -> new java.util.ArrayList<>()).add(task));
        found.forEach(call -> call.tasksRead(byCall.getOrDefault(call.getId(), List.of())));
        Map<Long, List<SentReply>> replies = new HashMap<>();
        for (Object row : entities.createNativeQuery("select id, call_log_id, channel, to_number, body, status,"
                        + " error_code, error_message, refusal, sent_by, created_at, updated_at from callpipeline_reply"
                        + " where call_log_id in (:ids) order by id")
                .setParameter("ids", found.stream().map(CallLog::getId).toList()).getResultList()) {
            Object[] r = (Object[]) row;
            replies.computeIfAbsent(((Number) r[1]).longValue(), id -> new java.util.ArrayList<>()).add(new SentReply(
                    ((Number) r[0]).longValue(), (String) r[2], (String) r[3], (String) r[4], (String) r[5],
                    r[6] == null ? null : ((Number) r[6]).intValue(), (String) r[7], (String) r[8], (String) r[9],
                    instant(r[10]), instant(r[11])));
        }
        found.forEach(call -> call.repliesRead(replies.getOrDefault(call.getId(), List.of())));
        return found;
    }
}
