package com.example.hostcrm;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A CRM as it stood before it recorded calls: its customers, its login, its migrations. Adopting
 * callpipeline added one dependency, three properties, {@link CallpipelineCustomers} and two lines
 * on the customer page.
 */
@SpringBootApplication
public class HostCrmApplication {

    public static void main(String[] args) {
        SpringApplication.run(HostCrmApplication.class, args);
    }
}
