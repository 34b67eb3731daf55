package io.callpipeline.crm.persistence;

import io.callpipeline.core.owner.CallOwner;
import io.callpipeline.crm.testing.CrmDatabases;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * A database of its own (a fresh H2 or a fresh PostgreSQL schema) holding the CRM's tables as an
 * earlier version left them, for a test of what a migration does to the rows an upgrading app has.
 */
record UpgradedDatabase(DataSource dataSource, String vendor, Runnable drop) implements AutoCloseable {

    /** A new, empty database of the vendor ({@code h2} or {@code postgresql}). */
    static UpgradedDatabase create(String vendor) throws Exception {
        if ("h2".equals(vendor)) {
            return new UpgradedDatabase(new DriverManagerDataSource("jdbc:h2:mem:upgrade-" + UUID.randomUUID()
                    + ";DB_CLOSE_DELAY=-1", "sa", ""), "h2", () -> { });
        }
        String schema = "upgrade_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection connection = DriverManager.getConnection(CrmDatabases.postgresUrl(), "postgres", "");
             Statement statement = connection.createStatement()) {
            statement.execute("create schema " + schema);
        }
        return new UpgradedDatabase(new DriverManagerDataSource(CrmDatabases.postgresUrl() + "?currentSchema=" + schema,
                "postgres", ""), "postgresql", () -> CrmDatabases.dropPostgres(schema));
    }

    /**
     * The CRM's migrations up to and including {@code version}, as the earlier version ran them (with the
     * Java one that gives rows an owner, for no default agency).
     */
    JdbcTemplate migratedTo(String version) {
        Flyway.configure().dataSource(dataSource).locations("classpath:db/callpipeline-crm/" + vendor)
                .table(CrmSchema.HISTORY_TABLE).baselineOnMigrate(true).baselineVersion("0").target(version)
                .javaMigrations(new DefaultOwnerMigration(CallOwner.UNROUTED)).load().migrate();
        return new JdbcTemplate(dataSource);
    }

    @Override
    public void close() {
        drop.run();
    }
}
