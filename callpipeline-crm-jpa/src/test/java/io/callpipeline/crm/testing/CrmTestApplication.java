package io.callpipeline.crm.testing;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** A bare host app: the CRM extension and the starter come in by auto-configuration only. */
@SpringBootApplication
public class CrmTestApplication {
}
