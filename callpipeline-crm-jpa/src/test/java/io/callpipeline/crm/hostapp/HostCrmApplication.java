package io.callpipeline.crm.hostapp;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** A host CRM with entities of its own, some named like ours ({@link Customer}). */
@SpringBootApplication
public class HostCrmApplication {
}
