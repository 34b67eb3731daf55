package io.callpipeline.crm.testing;

import io.callpipeline.test.TestPostgres;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The two databases the CRM's tests run on: H2 in memory, and a real PostgreSQL (the tests' own,
 * {@link TestPostgres#shared()}, database {@code test}) in a fresh schema per test class, dropped afterwards.
 */
public final class CrmDatabases {

    /** The PostgreSQL database every PostgreSQL test of the CRM uses. */
    public static String postgresUrl() {
        return TestPostgres.shared().url("test");
    }

    private CrmDatabases() {
    }

    public static void h2(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> "jdbc:h2:mem:crm-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    }

    /** @return the schema made for this test class */
    public static String postgres(DynamicPropertyRegistry registry) {
        String schema = "crm_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        execute("create schema " + schema);
        registry.add("spring.datasource.url", () -> postgresUrl() + "?currentSchema=" + schema);
        registry.add("spring.datasource.username", () -> "postgres");
        return schema;
    }

    public static void dropPostgres(String schema) {
        execute("drop schema if exists " + schema + " cascade");
    }

    private static void execute(String sql) {
        try (Connection connection = DriverManager.getConnection(postgresUrl(), "postgres", "");
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("The tests' PostgreSQL refused: " + e.getMessage(), e);
        }
    }
}
