package io.callpipeline.spring.load;

import io.callpipeline.spring.testing.PostgresSchema;
import io.callpipeline.test.ProviderStandIns;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What the load harnesses run against: a {@link PostgresSchema} of its own (made and dropped per
 * run) and the starter's settings pointing at {@link DelayedProviders}.
 */
final class LoadTarget implements AutoCloseable {

    private final PostgresSchema schema;
    private final JdbcTemplate jdbc;

    private LoadTarget(PostgresSchema schema) {
        this.schema = schema;
        this.jdbc = new JdbcTemplate(schema.dataSource());
    }

    static LoadTarget create(String prefix) throws SQLException {
        return new LoadTarget(PostgresSchema.create(prefix));
    }

    String url() {
        return schema.url();
    }

    /** The app's arguments: this schema, the delayed providers, quiet logs, no reconciliation. */
    List<String> appArguments(DelayedProviders providers, String... extra) {
        return appArguments(providers.baseUrl(), extra);
    }

    /** The same, for providers served at {@code providersUrl} (by another process). */
    List<String> appArguments(String providersUrl, String... extra) {
        List<String> args = new ArrayList<>(List.of(
                "--server.port=0",
                "--spring.datasource.url=" + url(),
                "--spring.datasource.username=postgres",
                "--callpipeline.twilio.account-sid=" + DelayedProviders.ACCOUNT_SID,
                "--callpipeline.twilio.auth-token=" + ProviderStandIns.AUTH_TOKEN,
                "--callpipeline.twilio.base-url=" + providersUrl,
                "--callpipeline.openai.api-key=" + ProviderStandIns.OPENAI_KEY,
                "--callpipeline.openai.base-url=" + providersUrl + "/v1",
                "--callpipeline.reconciliation.enabled=false",
                "--logging.level.root=WARN",
                "--spring.main.banner-mode=off"));
        args.addAll(List.of(extra));
        return args;
    }

    /**
     * PostgreSQL's checkpoints so far (started, and the time of the last one completed), to tell
     * whether one ran during a measurement: while it writes, and while the first change to each page
     * after it is logged in full, commits wait longer, so a callback's tail does and a bare GET's
     * does not. Empty when the server does not say.
     */
    String checkpoints() {
        try {
            return jdbc.queryForObject("select (checkpoints_timed + checkpoints_req) || ' '"
                    + " || (select checkpoint_time from pg_control_checkpoint()) from pg_stat_bgwriter", String.class);
        } catch (DataAccessException e) {
            return "";
        }
    }

    /** The recording jobs in the queue now, waiting or running: the processing's backlog. */
    long queuedJobs() {
        return jdbc.queryForObject("select count(*) from callpipeline_scheduled_tasks", Long.class);
    }

    @Override
    public void close() throws SQLException {
        schema.close();
    }
}
