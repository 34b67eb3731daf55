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

/** The privacy contract on H2. */
@SpringBootTest(classes = CrmTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(PrivacyContract.HostUsers.class)
class PrivacyH2Test extends PrivacyContract {

    private static final WireMockServer TWILIO = new WireMockServer(WireMockConfiguration.options().dynamicPort());

    static {
        TWILIO.start();
    }

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        CrmDatabases.h2(registry);
        StubbedProviders.register(registry, TWILIO.baseUrl());
        properties().forEach((name, value) -> registry.add(name, () -> value));
    }

    @AfterAll
    static void stop() {
        TWILIO.stop();
    }

    @Override
    WireMockServer twilio() {
        return TWILIO;
    }
}
