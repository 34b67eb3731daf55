package io.callpipeline.crm.call;

import io.callpipeline.crm.customer.Customer;
import io.callpipeline.crm.customer.CustomerChangeListener;
import jakarta.persistence.EntityManager;

/** Rewrites the search text of a changed customer's calls (see {@link CallSearchText}). */
public final class CallSearchRefresh implements CustomerChangeListener {

    private final EntityManager entities;

    public CallSearchRefresh(EntityManager entities) {
        this.entities = entities;
    }

    @Override
    public void customerChanged(Customer customer) {
        entities.createQuery("select c from CallpipelineCallLog c left join fetch c.transcript"
                        + " where c.customer.id = :customer", CallLog.class)
                .setParameter("customer", customer.getId()).getResultList()
                .forEach(CallLog::refreshSearchText);
        entities.flush();
    }
}
