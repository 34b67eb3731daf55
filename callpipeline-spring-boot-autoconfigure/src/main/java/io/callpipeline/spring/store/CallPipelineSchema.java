package io.callpipeline.spring.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * Creates a module's tables with a Flyway instance of its own: migrations in
 * {@code classpath:{location}/{vendor}} and history in a table of the module's, so they never
 * collide with the host's own {@code db/migration} versions or history table, nor with another
 * module's. The starter's schema is {@link #CallPipelineSchema(DataSource)}; the CRM extension
 * makes its own with its location and history table. PostgreSQL and H2 are supported.
 */
public final class CallPipelineSchema {

    /** The history table, separate from the host's {@code flyway_schema_history}. */
    public static final String HISTORY_TABLE = "callpipeline_schema_history";

    private final DataSource dataSource;
    private final String location;
    private final String historyTable;
    private final List<JavaMigration> javaMigrations;

    public CallPipelineSchema(DataSource dataSource) {
        this(dataSource, "db/callpipeline", HISTORY_TABLE);
    }

    public CallPipelineSchema(DataSource dataSource, String location, String historyTable) {
        this(dataSource, location, historyTable, List.of());
    }

    /**
     * A schema of a module of its own (the CRM extension's), migrated from
     * {@code classpath:{location}/{postgresql|h2}} with its own history table, so modules added
     * or removed later never disturb each other's versions.
     *
     * @param javaMigrations migrations that need the host's settings, run in version order with the scripts
     */
    public CallPipelineSchema(DataSource dataSource, String location, String historyTable,
            List<JavaMigration> javaMigrations) {
        this.dataSource = dataSource;
        this.location = location;
        this.historyTable = historyTable;
        this.javaMigrations = List.copyOf(javaMigrations);
    }

    /** Applies pending migrations. */
    public void migrate() {
        Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:" + location + "/" + vendor())
                .table(historyTable)
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .javaMigrations(javaMigrations.toArray(JavaMigration[]::new))
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
