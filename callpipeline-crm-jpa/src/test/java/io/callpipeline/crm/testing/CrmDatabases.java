package io.callpipeline.crm.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The two databases the CRM's tests run on: H2 in memory, and the real PostgreSQL on
 * 127.0.0.1:5432 (database {@code test}) in a fresh schema per test class, dropped afterwards.
 */
public final class CrmDatabases {

    public static final String POSTGRES = "jdbc:postgresql://127.0.0.1:5432/test";

    private CrmDatabases() {
    }

    public static void h2(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> "jdbc:h2:mem:crm-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    }

    /** @return the schema made for this test class */
    public static String postgres(DynamicPropertyRegistry registry) {
        String schema = "crm_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        execute("create schema " + schema);
        registry.add("spring.datasource.url", () -> POSTGRES + "?currentSchema=" + schema);
        registry.add("spring.datasource.username", () -> "postgres");
        return schema;
    }

    public static void dropPostgres(String schema) {
        execute("drop schema if exists " + schema + " cascade");
    }

    private static void execute(String sql) {
        try (Connection connection = DriverManager.getConnection(POSTGRES, "postgres", "");
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL on 127.0.0.1:5432 is needed for this test: " + e.getMessage(), e);
        }
    }
}
