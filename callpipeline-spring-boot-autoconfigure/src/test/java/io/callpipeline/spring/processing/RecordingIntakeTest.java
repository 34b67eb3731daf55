package io.callpipeline.spring.processing;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import io.callpipeline.core.call.Origin;
import io.callpipeline.core.event.RecordingEvent;
import io.callpipeline.spring.observability.JobTrace;
import io.callpipeline.spring.store.JdbcTranscriptStore;
import io.callpipeline.spring.testing.PostgresSchema;
import io.callpipeline.spring.testing.StubbedProviders;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;
import org.springframework.transaction.support.TransactionTemplate;
import io.callpipeline.core.twilio.TwilioRecordingCallback;

/**
 * The intake on PostgreSQL, where a failed statement spoils its whole transaction: what a callback
 * costs the database, and that a known recording, an early status or a job left without its record
 * still ends right.
 */
class RecordingIntakeTest {

    private final AtomicInteger statements = new AtomicInteger();
    private PostgresSchema schema;
    private JdbcTemplate jdbc;
    private SchedulerClient scheduler;
    private OneTimeTask<String> task;
    private RecordingIntake intake;

    @BeforeEach
    void freshSchema() throws SQLException {
        schema = PostgresSchema.create("callpipeline_intake");
        DataSource plain = schema.dataSource();
        new ResourceDatabasePopulator(new ClassPathResource("db/callpipeline/postgresql/V1__callpipeline.sql"))
                .execute(plain);
        jdbc = new JdbcTemplate(plain);
        DataSource counted = counting(plain);
        task = Tasks.oneTime("recording", String.class).execute((instance, context) -> { });
        scheduler = SchedulerClient.Builder.create(new TransactionAwareDataSourceProxy(counted), task)
                .tableName("callpipeline_scheduled_tasks").build();
        intake = new RecordingIntake(new JdbcTranscriptStore(new JdbcTemplate(counted), Clock.systemUTC()),
                new RecordingJobQueue(scheduler, task, Clock.systemUTC(), new DueCheck(1), JobTrace.NONE),
                new TransactionTemplate(new DataSourceTransactionManager(counted)));
    }

    @AfterEach
    void dropSchema() throws SQLException {
        schema.close();
    }

    /** Counts the statements prepared on its connections: each is a round trip the callback waits for. */
    private DataSource counting(DataSource target) {
        return new DelegatingDataSource(target) {
            @Override
            public Connection getConnection() throws SQLException {
                Connection connection = super.getConnection();
                return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class},
                        (proxy, method, args) -> {
                            if (method.getName().startsWith("prepare") || method.getName().equals("createStatement")) {
                                statements.incrementAndGet();
                            }
                            try {
                                return method.invoke(connection, args);
                            } catch (InvocationTargetException e) {
                                throw e.getCause();
                            }
                        });
            }
        };
    }

    private static RecordingEvent event(String recordingSid, String status) {
        Map<String, String> form = StubbedProviders.callback(recordingSid, "CA" + recordingSid.substring(2));
        form.put("RecordingStatus", status);
        return TwilioRecordingCallback.parse(form);
    }

    private static String newSid() {
        return "RE" + UUID.randomUUID().toString().replace("-", "");
    }

    private int records(String sid) {
        return jdbc.queryForObject("select count(*) from callpipeline_call_record where recording_sid = ?", Integer.class, sid);
    }

    private int jobs(String sid) {
        return jdbc.queryForObject("select count(*) from callpipeline_scheduled_tasks where task_instance = ?", Integer.class,
                sid);
    }

    @Test
    void aNewRecordingIsStoredAndQueuedInTwoStatements() {
        String sid = newSid();

        RecordingIntake.Result result = intake.accept(event(sid, "completed"));

        assertThat(result).isEqualTo(RecordingIntake.Result.ACCEPTED);
        assertThat(statements.get()).as("the record and its job, with no look first").isEqualTo(2);
        assertThat(records(sid)).isOne();
        assertThat(jobs(sid)).isOne();
    }

    @Test
    void aRepeatedCallbackChangesNothing() {
        String sid = newSid();
        intake.accept(event(sid, "completed"));

        RecordingIntake.Result again = intake.accept(event(sid, "completed"));

        assertThat(again).isEqualTo(RecordingIntake.Result.DUPLICATE);
        assertThat(records(sid)).isOne();
        assertThat(jobs(sid)).isOne();
    }

    @Test
    void aFinalStatusAfterAnEarlyOneReplacesIt() {
        String sid = newSid();
        intake.accept(event(sid, "in-progress"));

        RecordingIntake.Result result = intake.accept(event(sid, "completed"));

        assertThat(result).isEqualTo(RecordingIntake.Result.UPDATED);
        assertThat(jdbc.queryForObject("select record_json from callpipeline_call_record where recording_sid = ?",
                String.class, sid)).contains("completed").doesNotContain("in-progress");
        assertThat(jobs(sid)).isOne();
    }

    @Test
    void aJobLeftWithoutItsRecordIsKeptAndTheCallStillAccepted() {
        String sid = newSid();
        Instant later = Instant.now().plus(Duration.ofHours(1));
        scheduler.schedule(task.instance(sid), later);

        RecordingIntake.Result result = intake.accept(event(sid, "completed"), Origin.CALLBACK);

        assertThat(result).isEqualTo(RecordingIntake.Result.ACCEPTED);
        assertThat(records(sid)).as("the record is saved although the first try's job insert failed").isOne();
        assertThat(jobs(sid)).isOne();
    }
}
