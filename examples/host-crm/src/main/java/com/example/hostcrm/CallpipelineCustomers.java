package com.example.hostcrm;

import io.callpipeline.crm.customer.HostCustomers;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The one piece of Java the adoption needed: calls are linked to the host's customers by number. */
@Configuration(proxyBeanMethods = false)
public class CallpipelineCustomers {

    @Bean
    HostCustomers hostCustomers(CustomerRepository customers) {
        return e164 -> customers.findByMobile(e164)
                .map(customer -> new HostCustomers.HostCustomer(customer.getId().toString(), customer.getFullName()));
    }
}
