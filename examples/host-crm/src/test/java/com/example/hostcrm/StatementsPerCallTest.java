package com.example.hostcrm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.callpipeline.core.call.ProcessingStage;
import io.callpipeline.core.store.TranscriptStore;
import io.callpipeline.test.CallWait;
import io.callpipeline.test.ProviderStandIns;
import io.callpipeline.test.SignedCallback;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * What a call costs the host's database, counted at the JDBC driver (datasource-proxy around the
 * host's own pool) while ten calls run end to end on PostgreSQL: the statements the webhook's
 * intake sends, and those the background run sends per call, by kind. A run asks the queue whether
 * it still owns its recording as it starts and before the transcription it pays for after the
 * download, and claims the call; each step's save is one read and one write of the columns it
 * changed, refused once another run has claimed the call. Before, the queue was asked before every
 * save and paid request (7 times a call) and every save rewrote all of both rows.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class StatementsPerCallTest {

    private static final HostDatabase DATABASE = HostDatabase.named("host_crm_stmts_");
    private static final ProviderStandIns PROVIDERS = ProviderStandIns.start();
    private static final int CALLS = 10;

    /** Every statement sent, with the thread that sent it. */
    static final ConcurrentLinkedQueue<Sent> SENT = new ConcurrentLinkedQueue<>();

    record Sent(String thread, String sql) {
    }

    @TestConfiguration
    static class CountingDataSource {
        @Bean
        static BeanPostProcessor countStatements() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String name) {
                    if (!(bean instanceof DataSource dataSource) || name.contains("proxy")) {
                        return bean;
                    }
                    QueryExecutionListener listener = new QueryExecutionListener() {
                        @Override
                        public void beforeQuery(net.ttddyy.dsproxy.ExecutionInfo info, List<net.ttddyy.dsproxy.QueryInfo> queries) {
                        }

                        @Override
                        public void afterQuery(net.ttddyy.dsproxy.ExecutionInfo info, List<net.ttddyy.dsproxy.QueryInfo> queries) {
                            String thread = Thread.currentThread().getName();
                            queries.forEach(query -> SENT.add(new Sent(thread, query.getQuery())));
                        }
                    };
                    return ProxyDataSourceBuilder.create(dataSource).name("counted").listener(listener).build();
                }
            };
        }
    }

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) throws SQLException {
        DATABASE.register(registry, PROVIDERS);
        registry.add("callpipeline.reconciliation.enabled", () -> "false");
    }

    @AfterAll
    static void cleanUp() throws SQLException {
        PROVIDERS.close();
        DATABASE.drop();
    }

    @LocalServerPort
    int port;

    @Autowired
    TranscriptStore store;

    @Test
    void aCallsRunAsksTheQueueTwiceAndWritesWhatEachStepChanged() throws Exception {
        List<ProviderStandIns.TwilioCall> calls = new ArrayList<>();
        for (int i = 0; i < CALLS; i++) {
            ProviderStandIns.TwilioCall call = PROVIDERS.call(String.format("+97252999%04d", i));
            calls.add(call);
        }
        SENT.clear();
        for (ProviderStandIns.TwilioCall call : calls) {
            assertThat(SignedCallback.completed(call).post("http://localhost:" + port + "/webhook/handle_recording")
                    .statusCode()).isEqualTo(200);
            assertThat(CallWait.untilFinal(store, call.recordingSid(), Duration.ofSeconds(60)).stage())
                    .isEqualTo(ProcessingStage.COMPLETED);
        }
        // each run's last statement, its job's removal, comes after the call is final
        await().atMost(Duration.ofSeconds(10)).until(() -> SENT.stream()
                .filter(s -> s.sql().startsWith("delete from callpipeline_scheduled_tasks")).count() >= CALLS);
        // the test's own thread (waiting for each call through the store) is not the app's
        List<Sent> sent = SENT.stream().filter(s -> !s.thread().equals(Thread.currentThread().getName())).toList();
        if (Boolean.getBoolean("statements.print")) {
            sent.stream().filter(s -> s.sql().contains("call_log") && s.sql().startsWith("select"))
                    .collect(Collectors.groupingBy(s -> s.thread().replaceAll("\\d+", "N") + " " + s.sql(), Collectors.counting()))
                    .forEach((sql, count) -> System.out.println(count + "  " + sql));
        }

        Map<String, Long> byKind = sent.stream().collect(Collectors.groupingBy(StatementsPerCallTest::kind,
                TreeMap::new, Collectors.counting()));
        Map<String, Long> byThread = sent.stream().collect(Collectors.groupingBy(
                s -> s.thread().replaceAll("\\d+", "N"), TreeMap::new, Collectors.counting()));
        System.out.printf("Statements per call over %d calls, by kind:%n", CALLS);
        byKind.forEach((kind, count) -> System.out.printf("  %6.1f  %s%n", count / (double) CALLS, kind));
        System.out.println("by thread:");
        byThread.forEach((thread, count) -> System.out.printf("  %6.1f  %s%n", count / (double) CALLS, thread));

        long ownershipQueries = byKind.getOrDefault("select version from callpipeline_scheduled_tasks", 0L);
        assertThat(ownershipQueries).as("the queue asked whether a run still owns its recording, over %d calls", CALLS)
                .isEqualTo(2L * CALLS);
        assertThat(sent).as("the transcript's text is written once, by its insert, not again with each later step")
                .filteredOn(s -> s.sql().startsWith("update callpipeline_call_transcript"))
                .hasSize(2 * CALLS) // the verdict, then the answer
                .noneMatch(s -> s.sql().contains("full_text") || s.sql().contains("segments_json"));
        assertThat(sent).as("each call claimed once by its run").filteredOn(s -> s.sql().contains("set run_claim"))
                .hasSize(CALLS);
    }

    private static final Pattern SPACES = Pattern.compile("\\s+");

    /** A statement's first words, with its table: what it is, without its values. */
    private static String kind(Sent sent) {
        String sql = SPACES.matcher(sent.sql().trim().toLowerCase()).replaceAll(" ");
        String[] words = sql.split(" ");
        StringBuilder kind = new StringBuilder();
        for (int i = 0; i < Math.min(words.length, 6); i++) {
            kind.append(i == 0 ? "" : " ").append(words[i]);
        }
        int from = sql.indexOf(" from ");
        if (sql.startsWith("select") && from > 0) {
            String table = sql.substring(from + 6).split(" ")[0];
            return (sql.startsWith("select version from") ? "select version from " : "select … from ") + table;
        }
        return kind.toString();
    }
}
