package io.callpipeline.crm.followup;

import static org.assertj.core.api.Assertions.assertThat;

import io.callpipeline.core.call.CallRecord;
import io.callpipeline.core.response.CallerHistory;
import io.callpipeline.core.store.TranscriptStore;
import io.callpipeline.crm.access.AccessScope;
import io.callpipeline.crm.customer.CustomerDirectory;
import io.callpipeline.crm.testing.Calls;
import io.callpipeline.crm.testing.CrmDatabases;
import io.callpipeline.crm.testing.CrmTestApplication;
import io.callpipeline.spring.testing.StubbedProviders;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What reading a caller's history costs PostgreSQL: with fresh statistics at most the customer's own
 * calls, never the agency's other calls, and only the tasks of the calls it shows; with statistics taken
 * while the tables were small (the first minutes of an install, a burst faster than autovacuum), each
 * table read once at most, never once per row of another.
 * Measured by the rows PostgreSQL itself counts as read in the transaction ({@code pg_stat_xact_user_tables}),
 * not by time. The defect it holds off: the open tasks were joined to the calls through the customer, and
 * with stale statistics PostgreSQL read the agency's calls once per open task (263,690 rows of the call log
 * for one read of a history of 500 answered calls; under the load harness each read took 414 ms on average
 * and held 97% of PostgreSQL's time).
 */
@SpringBootTest(classes = CrmTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.NONE)
class CallerHistoryCostTest {

    private static final String CALLER = "+972545551234";
    private static final int CALLS = 3000;
    private static final int ANSWERED = 500;
    private static final int OTHERS = 3000;

    private static String schema;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        schema = CrmDatabases.postgres(registry);
        StubbedProviders.register(registry, "http://127.0.0.1:9");
    }

    @AfterAll
    static void dropSchema() {
        CrmDatabases.dropPostgres(schema);
    }

    @Autowired
    TranscriptStore store;

    @Autowired
    CallerHistory history;

    @Autowired
    CustomerDirectory customers;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactionManager;

    @ParameterizedTest(name = "statistics taken while the tables were small: {0}")
    @ValueSource(booleans = {true, false})
    void aCallersHistoryReadsNoOtherCustomersCallsAndOnlyTheTasksOfTheCallsItShows(boolean staleStatistics) {
        for (String table : List.of("callpipeline_call_task", "callpipeline_call_transcript", "callpipeline_call_log",
                "callpipeline_customer")) {
            jdbc.update("delete from " + table);
        }
        Calls.steps(CALLER).forEach(store::save); // one whole call: the customer and two tasks
        long customer = customers.findByPhone(Calls.AGENCY, CALLER, AccessScope.ALL).orElseThrow().getId();
        if (staleStatistics) {
            jdbc.execute("analyze");
            for (String table : List.of("callpipeline_call_log", "callpipeline_call_transcript", "callpipeline_call_task")) {
                jdbc.execute("alter table " + table + " set (autovacuum_enabled = false)");
            }
        }
        earlierCalls(customer);
        if (!staleStatistics) {
            jdbc.execute("analyze");
        }
        List<CallRecord> next = Calls.steps(CALLER);
        store.save(next.get(0));
        store.save(next.get(1));

        Map<String, Long> read = new TransactionTemplate(transactionManager).execute(status -> {
            Map<String, Long> before = rowsRead();
            CallerHistory.History found = history.before(next.get(0).recordingSid());
            assertThat(found.calls()).hasSize(JpaCallerHistory.MOST);
            assertThat(found.openTasks()).hasSize(JpaCallerHistory.MOST_TASKS);
            Map<String, Long> after = rowsRead();
            return Map.of("log", after.get("callpipeline_call_log") - before.get("callpipeline_call_log"),
                    "task", after.get("callpipeline_call_task") - before.get("callpipeline_call_task"));
        });

        // fresh statistics: the customer's own calls at most, the tasks of the calls shown; stale ones (the planner
        // believing the tables as they were): each table read once at most, never once per row of another
        long calls = CALLS + OTHERS + 2;
        long tasks = 2L * (ANSWERED + OTHERS + 1);
        long slack = 2L * JpaCallerHistory.MOST;
        assertThat(read.get("log")).as("rows of the call log read, of %d (%d the customer's)", calls, CALLS + 2)
                .isLessThanOrEqualTo((staleStatistics ? calls : CALLS + 2) + slack);
        assertThat(read.get("task")).as("rows of the tasks read, of %d open", tasks)
                .isLessThanOrEqualTo((staleStatistics ? tasks : 0) + slack);
    }

    /**
     * {@value #CALLS} earlier calls of the customer, the newest {@value #ANSWERED} answered with two open tasks
     * each; and the agency's other customers, {@value #OTHERS} of them with a call each, answered with two open
     * tasks: what a read that looks at more than the customer's own would pay for.
     */
    private void earlierCalls(long customer) {
        jdbc.update("insert into callpipeline_customer (owner_agency, phone, origin, created_at, version)"
                + " select ?, '+97250' || lpad(g::text, 7, '0'), 'INBOUND_CALL', now(), 0 from generate_series(1, ?) g",
                Calls.AGENCY, OTHERS);
        insertCalls("select ?::bigint, g from generate_series(1, ?) g", customer, CALLS);
        insertCalls("select id, ? + row_number() over (order by id) from callpipeline_customer where id <> ?",
                CALLS, customer);
        jdbc.update("insert into callpipeline_call_transcript (call_log_id, language, full_text, segments_json, summary,"
                + " created_at, updated_at) select id, 'he', 'שלום', '[]', 'סיכום ' || id, now(), now()"
                + " from callpipeline_call_log where call_sid like 'CA' || repeat('0', 20) || '%'"
                + " and (customer_id <> ? or id in (select id from callpipeline_call_log where customer_id = ?"
                + " and call_sid like 'CA' || repeat('0', 20) || '%' order by occurred_at desc limit ?))",
                customer, customer, ANSWERED);
        jdbc.update("insert into callpipeline_call_task (call_log_id, step_index, task, due_kind, status, due_date, created_at)"
                + " select t.call_log_id, s, 'לשלוח דירות', 'TOMORROW', 'OPEN', date '2026-12-01' + s, now()"
                + " from callpipeline_call_transcript t join callpipeline_call_log c on c.id = t.call_log_id"
                + " cross join generate_series(0, 1) s where c.call_sid like 'CA' || repeat('0', 20) || '%'");
    }

    /** Calls of the agency, one per row of {@code customersAndNumbers} (a customer's id and the call's number). */
    private void insertCalls(String customersAndNumbers, Object... arguments) {
        jdbc.update("insert into callpipeline_call_log (customer_id, owner_agency, call_sid, recording_sid, stage, status,"
                + " attempts, call_known, occurred_at, created_at, updated_at, version)"
                + " select c, '" + Calls.AGENCY + "', 'CA' || lpad(n::text, 32, '0'), 'RE' || lpad(n::text, 32, '0'),"
                + " 'COMPLETED', 'COMPLETED', 1, false, timestamp with time zone '2026-01-01 00:00:00+00' + n * interval '1 minute',"
                + " now(), now(), 0 from (" + customersAndNumbers + ") calls (c, n)", arguments);
    }

    /** Rows PostgreSQL has read from each table in this transaction, by scans of the table or of its indexes. */
    private Map<String, Long> rowsRead() {
        return Map.copyOf(jdbc.query("select relname, coalesce(seq_tup_read, 0) + coalesce(idx_tup_fetch, 0)"
                + " from pg_stat_xact_user_tables where schemaname = current_schema()", rs -> {
                    Map<String, Long> rows = new java.util.HashMap<>();
                    while (rs.next()) {
                        rows.put(rs.getString(1), rs.getLong(2));
                    }
                    return rows;
                }));
    }
}
