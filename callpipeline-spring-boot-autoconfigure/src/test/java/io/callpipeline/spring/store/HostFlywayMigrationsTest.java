package io.callpipeline.spring.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.callpipeline.spring.autoconfigure.CallPipelineAutoConfiguration;
import io.callpipeline.test.TestPostgres;
import io.callpipeline.spring.autoconfigure.CallPipelineOpenAiAutoConfiguration;
import io.callpipeline.spring.autoconfigure.CallPipelineProcessingAutoConfiguration;
import io.callpipeline.spring.autoconfigure.CallPipelineStoreAutoConfiguration;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A host with its own Flyway migrations adopts the starter with no {@code baseline-*} setting, on a
 * fresh database and on one it has used before, on H2 and on PostgreSQL: the host's history and
 * ours each hold their own versions, and the host's first migration is applied, not baselined away.
 */
class HostFlywayMigrationsTest {


    private final ApplicationContextRunner host = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class,
                    DataSourceTransactionManagerAutoConfiguration.class, FlywayAutoConfiguration.class,
                    CallPipelineStoreAutoConfiguration.class, CallPipelineOpenAiAutoConfiguration.class, CallPipelineAutoConfiguration.class,
                    CallPipelineProcessingAutoConfiguration.class))
            .withPropertyValues("spring.flyway.locations=classpath:db/host-app",
                    "callpipeline.twilio.account-sid=AC0123456789abcdef0123456789abcdef",
                    "callpipeline.twilio.auth-token=t", "callpipeline.openai.api-key=sk-test",
                    "callpipeline.processing.polling-interval=1h");

    @Test
    void onAFreshH2DatabaseAndAgainOnTheSameOne() {
        String url = "jdbc:h2:mem:host-flyway-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        startTwiceAndCheck("spring.datasource.url=" + url);
    }

    @Test
    void onAFreshPostgresDatabaseAndAgainOnTheSameOne() throws SQLException {
        String database = "cp_host_flyway_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        execute(TestPostgres.shared().url("test"), "create database " + database);
        try {
            startTwiceAndCheck("spring.datasource.url=" + TestPostgres.shared().url(database), "spring.datasource.username=postgres");
        } finally {
            execute(TestPostgres.shared().url("test"), "drop database if exists " + database + " with (force)");
        }
    }

    private void startTwiceAndCheck(String... database) {
        for (int start = 1; start <= 2; start++) {
            int run = start;
            host.withPropertyValues(database).run(context -> {
                assertThat(context).as("start %d", run).hasNotFailed();
                JdbcTemplate jdbc = new JdbcTemplate(context.getBean(DataSource.class));
                assertThat(versions(jdbc, "flyway_schema_history")).as("the host's own history")
                        .containsExactly("1", "2");
                assertThat(versions(jdbc, CallPipelineSchema.HISTORY_TABLE)).as("ours").contains("1");
                jdbc.update("insert into host_customer (id, name, phone) values (?, 'Dana', '+972541234567')", run);
                assertThat(jdbc.queryForObject("select count(*) from callpipeline_call_record", Integer.class))
                        .isZero();
            });
        }
    }

    private static List<String> versions(JdbcTemplate jdbc, String table) {
        boolean h2 = jdbc.execute((ConnectionCallback<Boolean>) c ->
                c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("h2"));
        String quoted = h2 ? "\"" + table + "\"" : table;
        return jdbc.queryForList("select \"version\" from " + quoted + " where \"success\" and \"version\" is not null"
                + " order by \"installed_rank\"", String.class);
    }

    private static void execute(String url, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, "postgres", "");
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
