package io.callpipeline.crm.hostapp;

import static org.assertj.core.api.Assertions.assertThat;

import io.callpipeline.core.store.TranscriptStore;
import io.callpipeline.crm.call.CallHistory;
import io.callpipeline.crm.call.CallLog;
import io.callpipeline.crm.customer.CustomerOrigin;
import io.callpipeline.crm.customer.HostCustomers;
import io.callpipeline.crm.testing.Calls;
import io.callpipeline.crm.testing.CrmDatabases;
import io.callpipeline.spring.testing.StubbedProviders;
import jakarta.persistence.EntityManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A host with its own customers links calls to them with one bean: a call from a number the host
 * knows lands on that customer (the tab takes the host's id), one from an unknown number stays
 * unassigned, and no customer of ours is invented for it.
 */
@SpringBootTest(classes = {HostCrmApplication.class, HostCustomersTest.HostSide.class},
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HostCustomersTest {

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        CrmDatabases.h2(registry);
        StubbedProviders.register(registry, "http://127.0.0.1:9");
        registry.add("callpipeline.reconciliation.enabled", () -> "false");
    }

    /** The host's one bean: its customers, looked up by the number in E.164. */
    @TestConfiguration(proxyBeanMethods = false)
    static class HostSide {

        @Bean
        HostCustomers hostCustomers(EntityManager entities) {
            return e164 -> entities.createQuery("select c from Customer c where c.phone = :phone", Customer.class)
                    .setParameter("phone", e164).getResultStream().findFirst()
                    .map(c -> new HostCustomers.HostCustomer(String.valueOf(c.getId()), c.getFullName()));
        }
    }

    @Autowired
    EntityManager entities;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    TranscriptStore store;

    @Autowired
    CallHistory calls;

    @Autowired
    JdbcTemplate jdbc;

    @LocalServerPort
    int port;

    @Test
    void callsFromTheHostsCustomersLandOnThemAndOthersStayUnassigned() throws Exception {
        Customer liat = transactions.execute(status -> {
            Customer customer = new Customer("ליאת לוי", "+972545551234");
            entities.persist(customer);
            return customer;
        });
        String ref = String.valueOf(liat.getId());

        String first = save("054-555-1234");
        String second = save("+972545551234");
        String stranger = save("+972501112222");

        CallLog call = calls.findByRecordingSid(first).orElseThrow();
        assertThat(call.getCustomer().getExternalRef()).isEqualTo(ref);
        assertThat(call.getCustomer().getName()).isEqualTo("ליאת לוי");
        assertThat(call.getCustomer().getOrigin()).isEqualTo(CustomerOrigin.HOST);
        assertThat(calls.findByRecordingSid(second).orElseThrow().getCustomer().getId()).isEqualTo(call.getCustomer().getId());
        assertThat(calls.findByRecordingSid(stranger).orElseThrow().getCustomer()).isNull();
        assertThat(jdbc.queryForObject("select count(*) from callpipeline_customer", Integer.class))
                .as("no customer of ours for the stranger").isEqualTo(1);

        HttpResponse<String> page = get("/callpipeline/api/customers/ref/" + ref + "/calls");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("\"total\":2").contains(first).contains(second).doesNotContain(stranger)
                .contains("\"customerName\":\"ליאת לוי\"");
        HttpResponse<String> searched = get("/callpipeline/api/calls?customerRef=" + ref + "&q=WhatsApp");
        assertThat(searched.body()).as("searched by the host's id").contains("\"total\":2").doesNotContain(stranger);
        HttpResponse<String> noCallsYet = get("/callpipeline/api/customers/ref/no-such-customer/calls");
        assertThat(noCallsYet.statusCode()).isEqualTo(200);
        assertThat(noCallsYet.body()).contains("\"total\":0").contains("\"items\":[]");
    }

    private String save(String from) {
        var steps = Calls.steps(from);
        steps.forEach(store::save);
        return steps.get(0).recordingSid();
    }

    private HttpResponse<String> get(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .build(), HttpResponse.BodyHandlers.ofString());
    }
}
