package com.example.hostcrm;

import io.callpipeline.crm.customer.HostCustomers;
import java.util.Optional;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one piece of Java the adoption needed: calls are linked to the host's customers by number,
 * within the agency whose number was called.
 */
@Configuration(proxyBeanMethods = false)
public class CallpipelineCustomers {

    @Bean
    HostCustomers hostCustomers(CustomerRepository customers) {
        return new HostCustomers() {
            @Override
            public Optional<HostCustomer> findByPhone(String agency, String e164) {
                return customers.findByAgencyAndMobile(agency, e164)
                        .map(customer -> new HostCustomer(customer.getId().toString(), customer.getFullName()));
            }

            @Override
            public Optional<HostCustomer> findByPhone(String e164) {
                return Optional.empty(); // every call has an agency here: never looked up without one
            }
        };
    }
}
