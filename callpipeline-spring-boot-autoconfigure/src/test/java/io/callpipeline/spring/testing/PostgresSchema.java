package io.callpipeline.spring.testing;

import io.callpipeline.test.TestPostgres;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * A schema of its own in the tests' PostgreSQL ({@link TestPostgres#shared()}, started from the
 * build: database {@code test}, user {@code postgres} without a password), made for one test or
 * benchmark run and dropped with everything in it afterwards, so runs never see each other's rows.
 */
public final class PostgresSchema implements AutoCloseable {

    /** The server and database every PostgreSQL test uses. */
    public static String database() {
        return TestPostgres.shared().url("test");
    }

    private final String name;

    private PostgresSchema(String name) {
        this.name = name;
    }

    /** Makes a schema named {@code prefix_} and twelve random hex digits. */
    public static PostgresSchema create(String prefix) throws SQLException {
        PostgresSchema schema = new PostgresSchema(prefix + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12));
        execute("create schema " + schema.name);
        return schema;
    }

    public String name() {
        return name;
    }

    /** The JDBC URL with this schema as the current one. */
    public String url() {
        return database() + "?currentSchema=" + name;
    }

    /** A connection-per-call data source on this schema. */
    public DataSource dataSource() {
        return new DriverManagerDataSource(url(), "postgres", "");
    }

    @Override
    public void close() throws SQLException {
        execute("drop schema " + name + " cascade");
    }

    private static void execute(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(database(), "postgres", "")) {
            c.createStatement().execute(sql);
        }
    }
}
