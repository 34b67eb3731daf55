package com.example.hostcrm;

import io.callpipeline.test.ProviderStandIns;
import io.callpipeline.test.TestPostgres;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A database of its own for one test class of the host CRM, on the tests' PostgreSQL (started by the
 * build, {@link TestPostgres#shared()}), with the app pointed at it and at the provider stand-ins;
 * dropped after the class.
 */
final class HostDatabase {

    private final String name;

    private HostDatabase(String name) {
        this.name = name;
    }

    static HostDatabase named(String prefix) {
        return new HostDatabase(prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 12));
    }

    /** Creates it and points the app at it and at {@code providers}, polling the queue often. */
    void register(DynamicPropertyRegistry registry, ProviderStandIns providers) throws SQLException {
        execute("create database " + name);
        registry.add("spring.datasource.url", () -> TestPostgres.shared().url(name));
        providers.properties().forEach((property, value) -> registry.add(property, () -> value));
        registry.add("callpipeline.processing.polling-interval", () -> "200ms");
    }

    void drop() throws SQLException {
        execute("drop database if exists " + name + " with (force)");
    }

    private static void execute(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(TestPostgres.shared().url("test"), "postgres", "")) {
            connection.createStatement().execute(sql);
        }
    }
}
