package io.callpipeline.crm.privacy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.callpipeline.crm.testing.CrmDatabases;
import io.callpipeline.crm.testing.CrmTestApplication;
import io.callpipeline.spring.testing.StubbedProviders;
import org.junit.jupiter.api.AfterAll;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The privacy contract on PostgreSQL, in a schema of its own. */
@SpringBootTest(classes = CrmTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(PrivacyContract.HostUsers.class)
class PrivacyPostgresTest extends PrivacyContract {

    private static String schema;
    private static final WireMockServer TWILIO = new WireMockServer(WireMockConfiguration.options().dynamicPort());

    static {
        TWILIO.start();
    }

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        schema = CrmDatabases.postgres(registry);
        StubbedProviders.register(registry, TWILIO.baseUrl());
        properties().forEach((name, value) -> registry.add(name, () -> value));
    }

    @AfterAll
    static void stop() {
        TWILIO.stop();
        CrmDatabases.dropPostgres(schema);
    }

    @Override
    WireMockServer twilio() {
        return TWILIO;
    }
}
