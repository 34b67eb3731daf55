package io.callpipeline.spring.observability;

import static org.assertj.core.api.Assertions.assertThat;

import io.callpipeline.spring.autoconfigure.CallPipelineProperties;
import io.callpipeline.spring.processing.ProcessingLimit;
import io.callpipeline.spring.store.CallPipelineSchema;
import java.net.URI;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.util.unit.DataSize;

/** The queue read from db-scheduler's real table (H2), and what the health check makes of it. */
class CallPipelineHealthIndicatorTest {

    private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");
    private static final String TASK = "callpipeline-recording";

    private JdbcTemplate jdbc;
    private RecordingQueue queue;

    @BeforeEach
    void database() {
        DriverManagerDataSource dataSource = new DriverManagerDataSource(
                "jdbc:h2:mem:queue-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        new CallPipelineSchema(dataSource).migrate();
        jdbc = new JdbcTemplate(dataSource);
        queue = new RecordingQueue(dataSource, "callpipeline_scheduled_tasks", TASK, Duration.ofMinutes(10),
                Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private void job(String task, String instance, Instant due, boolean picked) {
        jdbc.update("insert into callpipeline_scheduled_tasks (task_name, task_instance, execution_time, picked, version)"
                + " values (?, ?, ?, ?, 1)", task, instance, Timestamp.from(due), picked);
    }

    private static CallPipelineProperties.Twilio twilio(String accountSid, String authToken, String keySid,
            String keySecret) {
        return new CallPipelineProperties.Twilio(accountSid, authToken, keySid, keySecret,
                URI.create("https://api.twilio.com"), DataSize.ofMegabytes(200), 3, Duration.ofSeconds(1),
                Duration.ofSeconds(10), Duration.ofSeconds(60), java.util.Map.of());
    }

    private static CallPipelineProperties.OpenAi openAi(String apiKey) {
        return new CallPipelineProperties.OpenAi(apiKey, "https://api.openai.com/v1", "whisper-1", "gpt-4o-mini",
                "he", Duration.ofSeconds(120), 2, null, null, 1500);
    }

    private static ProviderCheck check(CallPipelineProperties.Twilio twilio, boolean replaced) {
        return ProviderCheck.of("twilio", twilio.missingCredential(), "credentials for " + twilio.baseUrl(), replaced);
    }

    private static ProviderCheck check(CallPipelineProperties.OpenAi openai, boolean replaced) {
        return ProviderCheck.of("openai", openai.missingCredential(), "models at " + openai.baseUrl(), replaced);
    }

    private static final List<ProviderCheck> READY = List.of(
            check(twilio("AC1", "token", null, null), false), check(openAi("sk"), false));

    @Test
    void emptyQueueAndCompleteSettingsAreUp() {
        Health health = new CallPipelineHealthIndicator(READY, queue).health();

        assertThat(health.getStatus()).isEqualTo(Status.UP);
        assertThat(health.getDetails().get("queue")).isEqualTo(Map.of("waiting", 0L, "running", 0L, "overdue", 0L));
    }

    @Test
    void theProcessingLimitIsShownAndSoIsAYieldToABurstOfCallbacks() {
        ProcessingLimit limit = ProcessingLimit.adaptive(2, 32, 64);
        CallPipelineHealthIndicator indicator = new CallPipelineHealthIndicator(READY, queue, limit);

        Object before = indicator.health().getDetails().get("concurrency");
        limit.yieldToCallbacks();
        Object during = indicator.health().getDetails().get("concurrency");

        assertThat(before).isEqualTo(Map.of("mode", "adaptive", "limit", 32, "inFlight", 0, "max", 64,
                "pushbacks", 0L, "yieldingToCallbacks", false));
        assertThat(during).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
                .containsEntry("yieldingToCallbacks", true);
    }

    @Test
    void queueCountsOnlyRecordingTaskByState() {
        job(TASK, "RE1", NOW.minusSeconds(5), false);
        job(TASK, "RE2", NOW.plusSeconds(60), false);
        job(TASK, "RE3", NOW.minusSeconds(30), true);
        job("another-task", "X", NOW.minus(Duration.ofHours(2)), false);

        RecordingQueue.Snapshot snapshot = queue.snapshot();

        assertThat(snapshot).isEqualTo(new RecordingQueue.Snapshot(2, 1, 0, NOW.minusSeconds(5)));
        assertThat(snapshot.depth()).isEqualTo(3);
        assertThat(new CallPipelineHealthIndicator(READY, queue).health().getStatus()).isEqualTo(Status.UP);
    }

    @Test
    void jobLeftUnpickedPastTheThresholdMakesItDown() {
        job(TASK, "RE1", NOW.minus(Duration.ofMinutes(11)), false);
        job(TASK, "RE2", NOW.minus(Duration.ofMinutes(9)), false);

        Health health = new CallPipelineHealthIndicator(READY, queue).health();

        assertThat(health.getStatus()).isEqualTo(Status.DOWN);
        @SuppressWarnings("unchecked")
        Map<String, Object> details = (Map<String, Object>) health.getDetails().get("queue");
        assertThat(details).containsEntry("overdue", 1L).containsEntry("waiting", 2L)
                .containsEntry("oldestDueAt", NOW.minus(Duration.ofMinutes(11)).toString());
        assertThat(details.get("problem")).asString().contains("1 job(s) due more than PT10M ago");
    }

    @Test
    void missingSettingIsDownAndNamesTheProperty() {
        List<ProviderCheck> checks = List.of(check(twilio("AC1", null, null, null), false),
                check(openAi(""), false));

        Health health = new CallPipelineHealthIndicator(checks, null).health();

        assertThat(health.getStatus()).isEqualTo(Status.DOWN);
        assertThat(health.getDetails()).containsEntry("twilio", "callpipeline.twilio.auth-token is not set")
                .containsEntry("openai", "callpipeline.openai.api-key is not set").doesNotContainKey("queue");
    }

    @Test
    void twilioSettingsAreJudgedLikeTheRecordingSourceNeedsThem() {
        assertThat(twilio(null, "token", null, null).missingCredential()).isEqualTo("callpipeline.twilio.account-sid");
        assertThat(twilio("AC1", null, "SK1", null).missingCredential()).isEqualTo("callpipeline.twilio.api-key-secret");
        assertThat(twilio("AC1", null, "SK1", "secret").missingCredential()).isNull();
        assertThat(twilio("AC1", null, "SK1", "secret").usesApiKey()).isTrue();
        assertThat(twilio("AC1", "token", null, null).missingCredential()).isNull();
        assertThat(check(twilio("AC1", null, "SK1", "secret"), false))
                .isEqualTo(new ProviderCheck("twilio", true, "credentials for https://api.twilio.com"));
        assertThat(check(twilio(null, null, null, null), true).ready()).isTrue();
    }

    @Test
    void noSecretIsShown() {
        Health health = new CallPipelineHealthIndicator(List.of(
                check(twilio("AC1", "the-auth-token", null, null), false),
                check(openAi("sk-the-key"), false)), queue).health();

        assertThat(health.getDetails().toString()).doesNotContain("the-auth-token").doesNotContain("sk-the-key");
    }
}
