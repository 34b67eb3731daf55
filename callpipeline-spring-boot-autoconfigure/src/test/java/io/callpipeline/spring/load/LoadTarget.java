package io.callpipeline.spring.load;

import io.callpipeline.test.ProviderStandIns;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;

/**
 * What the load harnesses run against: a schema of its own in the local PostgreSQL (made and
 * dropped per run) and the starter's settings pointing at {@link DelayedProviders}.
 */
final class LoadTarget implements AutoCloseable {

    static final String PG = "jdbc:postgresql://127.0.0.1:5432/test";

    final String schema;

    private LoadTarget(String schema) {
        this.schema = schema;
    }

    static LoadTarget create(String prefix) throws SQLException {
        String schema = prefix + "_" + HexFormat.of().toHexDigits(new Random().nextInt());
        execute("create schema " + schema);
        return new LoadTarget(schema);
    }

    String url() {
        return PG + "?currentSchema=" + schema;
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

    @Override
    public void close() throws SQLException {
        execute("drop schema " + schema + " cascade");
    }

    private static void execute(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(PG, "postgres", "")) {
            c.createStatement().execute(sql);
        }
    }
}
