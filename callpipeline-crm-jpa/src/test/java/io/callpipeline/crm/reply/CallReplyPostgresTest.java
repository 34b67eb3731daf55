package io.callpipeline.crm.reply;

import io.callpipeline.crm.testing.CrmDatabases;
import io.callpipeline.crm.testing.CrmTestApplication;
import io.callpipeline.spring.testing.StubbedProviders;
import org.junit.jupiter.api.AfterAll;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The reply's contract on the real PostgreSQL (the tests' own, database {@code test}), in a schema of its own. */
@SpringBootTest(classes = CrmTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CallReplyPostgresTest extends CallReplyContract {

    private static String schema;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        schema = CrmDatabases.postgres(registry);
        StubbedProviders.register(registry, TWILIO.baseUrl());
    }

    @AfterAll
    static void dropSchema() {
        CrmDatabases.dropPostgres(schema);
    }
}
