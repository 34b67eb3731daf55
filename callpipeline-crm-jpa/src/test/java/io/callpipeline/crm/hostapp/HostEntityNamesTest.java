package io.callpipeline.crm.hostapp;

import static org.assertj.core.api.Assertions.assertThat;

import io.callpipeline.crm.access.AccessScope;
import io.callpipeline.crm.customer.CustomerDirectory;
import io.callpipeline.crm.testing.Calls;
import io.callpipeline.crm.testing.CrmDatabases;
import io.callpipeline.spring.testing.StubbedProviders;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.annotation.Transactional;

/**
 * A host whose own entity is called {@code Customer} starts and works beside ours: our entities
 * have names of their own ({@code CallpipelineCustomer}, {@code CallpipelineCallLog}…), so
 * Hibernate never sees two entities share a name, and each side's queries find its own rows.
 */
@SpringBootTest(classes = HostCrmApplication.class)
class HostEntityNamesTest {

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        CrmDatabases.h2(registry);
        StubbedProviders.register(registry, "http://127.0.0.1:9");
        registry.add("callpipeline.reconciliation.enabled", () -> "false");
    }

    @Autowired
    EntityManager entities;

    @Autowired
    CustomerDirectory customers;

    @Test
    @Transactional
    void aHostEntityNamedCustomerLivesBesideOurs() {
        entities.persist(new Customer("ליאת לוי"));
        customers.create(Calls.AGENCY, "דנה כהן", "054-5551234", AccessScope.ALL);

        assertThat(entities.createQuery("select c from Customer c", Customer.class).getResultList())
                .extracting(Customer::getFullName).containsExactly("ליאת לוי");
        assertThat(customers.findByPhone(Calls.AGENCY, "054-5551234", AccessScope.ALL)).hasValueSatisfying(c -> assertThat(c.getName()).isEqualTo("דנה כהן"));
    }
}
