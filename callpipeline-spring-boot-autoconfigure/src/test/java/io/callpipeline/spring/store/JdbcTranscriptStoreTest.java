package io.callpipeline.spring.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.callpipeline.core.call.CallRecord;
import io.callpipeline.core.call.ProcessingStage;
import io.callpipeline.core.store.RunClaim;
import io.callpipeline.core.event.RecordingEvent;
import io.callpipeline.spring.testing.PostgresSchema;
import java.time.Clock;
import java.util.UUID;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The starter's store keeps each run's claim and saves only under the latest one, on H2 and on the
 * real PostgreSQL: a run the queue handed to another worker cannot overwrite the newer run's record.
 */
class JdbcTranscriptStoreTest {

    private static PostgresSchema postgres;

    static Stream<DataSource> databases() throws Exception {
        if (postgres == null) { // one schema for the class, dropped after it
            postgres = PostgresSchema.create("callpipeline_store");
        }
        DataSource h2 = new DriverManagerDataSource("jdbc:h2:mem:store-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
                "sa", "");
        return Stream.of(h2, postgres.dataSource());
    }

    @AfterAll
    static void dropSchema() throws Exception {
        if (postgres != null) {
            postgres.close();
        }
    }

    private static JdbcTranscriptStore migrated(DataSource dataSource) {
        new CallPipelineSchema(dataSource).migrate();
        return new JdbcTranscriptStore(new JdbcTemplate(dataSource), Clock.systemUTC());
    }

    private static CallRecord received(String recordingSid) {
        // any provider's ids: the call's as long as the recording's
        return CallRecord.received(RecordingEvent.completed("AC" + "0".repeat(32), "C".repeat(64), recordingSid));
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aSaveUnderAClaimGoesThroughUntilANewerRunClaimsTheRecord(DataSource dataSource) {
        JdbcTranscriptStore store = migrated(dataSource);
        String sid = "RE" + UUID.randomUUID().toString().replace("-", "");
        CallRecord record = received(sid);
        store.saveIfAbsent(record);

        RunClaim first = store.claim(sid);
        assertThat(store.save(record.startingRun(), first)).as("the first run, alone").isTrue();
        RunClaim second = store.claim(sid);
        CallRecord failedByFirst = record.startingRun().failed(
                new io.callpipeline.core.call.ProcessingFailure(io.callpipeline.core.ReasonCode.TWILIO_UNAVAILABLE, "late", false, null),
                ProcessingStage.FAILED);

        assertThat(store.save(failedByFirst, first)).as("the first run, after the second claimed the record").isFalse();
        assertThat(store.find(sid).orElseThrow().stage()).isEqualTo(ProcessingStage.RECEIVED);
        assertThat(store.save(failedByFirst, second)).as("the second run").isTrue();
        assertThat(store.find(sid).orElseThrow().stage()).isEqualTo(ProcessingStage.FAILED);
        assertThat(store.save(record, RunClaim.NONE)).as("an unconditional save, as a sole run makes").isTrue();
        assertThat(store.find(sid).orElseThrow().stage()).isEqualTo(ProcessingStage.RECEIVED);
    }

    @ParameterizedTest
    @MethodSource("databases")
    void noRecordNoClaimAndAnyProvidersLongestIdFits(DataSource dataSource) {
        JdbcTranscriptStore store = migrated(dataSource);
        String longest = "R".repeat(64);

        assertThat(store.claim(longest)).isEqualTo(RunClaim.NONE);
        assertThat(store.save(received(longest), RunClaim.fresh())).as("no record to save under a claim").isFalse();
        assertThat(store.saveIfAbsent(received(longest))).isTrue();
        assertThat(store.claim(longest).fenced()).isTrue();
        assertThat(store.find(longest)).isPresent();
    }
}
