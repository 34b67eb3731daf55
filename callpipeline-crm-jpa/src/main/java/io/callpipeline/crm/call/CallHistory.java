package io.callpipeline.crm.call;

import io.callpipeline.crm.customer.Customer;
import io.callpipeline.crm.customer.CustomerNotFoundException;
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

    public Optional<CallLog> find(long id) {
        return entities.createQuery(WITH_DETAILS + " where c.id = :id", CallLog.class)
                .setParameter("id", id).getResultStream().findFirst();
    }

    public Optional<CallLog> findByRecordingSid(String recordingSid) {
        return entities.createQuery(WITH_DETAILS + " where c.recordingSid = :sid", CallLog.class)
                .setParameter("sid", recordingSid).getResultStream().findFirst();
    }

    /**
     * @throws CustomerNotFoundException when there is no such customer
     */
    public ResultPage<CallLog> ofCustomer(long customerId, int page, int size) {
        if (entities.find(Customer.class, customerId) == null) {
            throw new CustomerNotFoundException(customerId);
        }
        String where = " where c.customer.id = :customer";
        TypedQuery<CallLog> select = entities.createQuery(WITH_DETAILS + where + NEWEST_FIRST, CallLog.class)
                .setParameter("customer", customerId);
        TypedQuery<Long> count = entities.createQuery("select count(c) from CallpipelineCallLog c" + where, Long.class)
                .setParameter("customer", customerId);
        return page(select, count, page, size);
    }

    /**
     * @param statuses       only calls in these states; empty for all
     * @param unassignedOnly only calls that belong to no customer
     */
    public ResultPage<CallLog> recent(Collection<CallStatus> statuses, boolean unassignedOnly, int page, int size) {
        return search(CallSearch.recent(statuses, unassignedOnly), page, size);
    }

    /** Calls that match the search, newest first (see {@link CallSearch}). */
    public ResultPage<CallLog> search(CallSearch search, int page, int size) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        Map<String, Object> parameters = new HashMap<>();
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
                parameters.put(name, "%" + forms.get(f).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
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
     * Gives an unassigned call (a withheld number's, say) to a customer.
     *
     * @throws CallNotFoundException       when there is no such call
     * @throws CustomerNotFoundException   when there is no such customer
     * @throws CallAlreadyAssignedException when the call already belongs to another customer
     */
    @Transactional
    public CallLog assign(long callId, long customerId) {
        CallLog call = find(callId).orElseThrow(() -> new CallNotFoundException(callId));
        Customer customer = entities.find(Customer.class, customerId);
        if (customer == null) {
            throw new CustomerNotFoundException(customerId);
        }
        if (call.getCustomer() != null && !call.getCustomer().getId().equals(customerId)) {
            throw new CallAlreadyAssignedException(callId, call.getCustomer().getId());
        }
        call.setCustomer(customer);
        call.refreshSearchText();
        entities.flush();
        return call;
    }

    private static ResultPage<CallLog> page(TypedQuery<CallLog> select, TypedQuery<Long> count, int page, int size) {
        List<CallLog> items = select.setFirstResult(page * size).setMaxResults(size).getResultList();
        return new ResultPage<>(items, page, size, count.getSingleResult());
    }
}
