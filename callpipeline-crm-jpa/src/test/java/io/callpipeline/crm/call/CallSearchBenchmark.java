package io.callpipeline.crm.call;

import io.callpipeline.test.TestPostgres;
import io.callpipeline.core.owner.CallOwner;
import io.callpipeline.crm.persistence.CrmSchema;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * How long a search takes over many calls on PostgreSQL (not a timed test; run it by hand):
 * makes a database of its own, migrates the CRM's tables (with the trigram index), fills
 * {@code callpipeline_call_log} with N calls of generated Hebrew real-estate talk, and times the
 * search's two statements (the page and its count) for common, rare and number queries, median of
 * 15 runs each, against the same statements with the index dropped.
 *
 * <pre>
 * ./mvnw -q -pl callpipeline-crm-jpa test-compile exec:java -Dexec.classpathScope=test \
 *   -Dexec.mainClass=io.callpipeline.crm.call.CallSearchBenchmark -Dexec.args=100000
 * </pre>
 */
public final class CallSearchBenchmark {

    private static final List<String> WORDS = Arrays.asList(("שלום אני מתקשר לגבי הדירה ברחוב הרצל ברמת גן בתל אביב"
            + " בחיפה בירושלים בנתניה באשדוד חדרים מרפסת חניה מעלית מחסן תקציב מיליון שקל אפשר לחזור אליי"
            + " מחר בבוקר אחרי הצהריים קומה שלישית משופצת ממ\"ד לקנות לשכור להשכיר למכור משכנתא עורך דין"
            + " שכונה שקטה קרוב לבית ספר גינה דופלקס דירת גן פנטהאוז וילה קוטג' WhatsApp מייל").split(" "));

    private CallSearchBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int calls = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        String database = "cp_search_bench_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        execute(TestPostgres.shared().url("test"), "create database " + database);
        try (Connection connection = DriverManager.getConnection(TestPostgres.shared().url(database), "postgres", "")) {
            new CrmSchema(new SingleConnectionDataSource(connection, true), CallOwner.UNROUTED).migrate();
            long filling = System.nanoTime();
            fill(connection, calls);
            try (Statement statement = connection.createStatement()) {
                statement.execute("analyze callpipeline_call_log");
            }
            System.out.printf("%,d calls written in %.1f s%n", calls, (System.nanoTime() - filling) / 1e9);
            String[] queries = {"%פנטהאוז%", "%רמת גן%", "%0545550123%", "%דופלקס%"};
            for (String query : queries) {
                System.out.printf("  %-14s page %6.1f ms, count %6.1f ms (%,d found) [trigram index]%n", query,
                        median(connection, PAGE, query), median(connection, COUNT, query), found(connection, query));
            }
            try (Statement statement = connection.createStatement()) {
                statement.execute("drop index callpipeline_call_log_search_idx");
            }
            for (String query : queries) {
                System.out.printf("  %-14s page %6.1f ms, count %6.1f ms [no index]%n", query,
                        median(connection, PAGE, query), median(connection, COUNT, query));
            }
        } finally {
            execute(TestPostgres.shared().url("test"), "drop database if exists " + database + " with (force)");
        }
    }

    private static final String PAGE = "select id from callpipeline_call_log where search_text like ?"
            + " order by occurred_at desc, id desc limit 20";
    private static final String COUNT = "select count(*) from callpipeline_call_log where search_text like ?";

    private static void fill(Connection connection, int calls) throws SQLException {
        Random random = new Random(42);
        connection.setAutoCommit(false);
        try (PreparedStatement insert = connection.prepareStatement("insert into callpipeline_call_log (account_sid,"
                + " call_sid, recording_sid, stage, status, occurred_at, created_at, updated_at, search_text)"
                + " values ('AC0123456789abcdef0123456789abcdef', ?, ?, 'COMPLETED', 'COMPLETED', ?, ?, ?, ?)")) {
            Instant start = Instant.parse("2025-01-01T00:00:00Z");
            for (int i = 0; i < calls; i++) {
                StringBuilder text = new StringBuilder();
                for (int w = 0; w < 60; w++) {
                    text.append(WORDS.get(random.nextInt(WORDS.size()))).append(' ');
                }
                text.append("+9725455").append(String.format("%05d", random.nextInt(100_000)));
                Timestamp at = Timestamp.from(start.plusSeconds(i * 300L));
                insert.setString(1, String.format("CA%032x", i));
                insert.setString(2, String.format("RE%032x", i));
                insert.setTimestamp(3, at);
                insert.setTimestamp(4, at);
                insert.setTimestamp(5, at);
                insert.setString(6, text.toString().toLowerCase());
                insert.addBatch();
                if (i % 1000 == 999) {
                    insert.executeBatch();
                    connection.commit();
                }
            }
            insert.executeBatch();
            connection.commit();
        }
        connection.setAutoCommit(true);
    }

    private static double median(Connection connection, String sql, String query) throws SQLException {
        List<Double> times = new ArrayList<>();
        for (int run = 0; run < 15; run++) {
            long started = System.nanoTime();
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.setString(1, query);
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        rows.getLong(1);
                    }
                }
            }
            times.add((System.nanoTime() - started) / 1e6);
        }
        times.sort(Double::compare);
        return times.get(times.size() / 2);
    }

    private static long found(Connection connection, String query) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(COUNT)) {
            statement.setString(1, query);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private static void execute(String url, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, "postgres", "");
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
