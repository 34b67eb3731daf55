package io.callpipeline.spring.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Creates the starter's tables with a Flyway instance of its own: migrations in
 * {@code classpath:db/callpipeline/{vendor}} and history in {@code callpipeline_schema_history},
 * so they never collide with the host's own {@code db/migration} versions or history table.
 * PostgreSQL and H2 are supported.
 */
public final class CallPipelineSchema {

    /** The history table, separate from the host's {@code flyway_schema_history}. */
    public static final String HISTORY_TABLE = "callpipeline_schema_history";

    private final DataSource dataSource;

    public CallPipelineSchema(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Applies pending migrations. */
    public void migrate() {
        Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/callpipeline/" + vendor())
                .table(HISTORY_TABLE)
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load()
                .migrate();
    }

    private String vendor() {
        try (Connection connection = dataSource.getConnection()) {
            String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
            if (product.contains("postgres")) {
                return "postgresql";
            }
            if (product.contains("h2")) {
                return "h2";
            }
            throw new IllegalStateException("callpipeline ships migrations for PostgreSQL and H2, not for " + product
                    + "; create the tables yourself and set callpipeline.processing.migrate-schema=false");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot reach the database to create callpipeline's tables", e);
        }
    }
}
