package io.callpipeline.spring.observability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;

/**
 * Spring Boot's {@code db} indicator, wrapped, answers within its limit while the database hangs,
 * does not pile up checks behind a hung one, and is otherwise what it was.
 */
class TimeBoundHealthTest {

    @Test
    void aHungDatabaseCheckIsAnsweredDownWithinTheLimitAndNotStartedTwice() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger started = new AtomicInteger();
        HealthIndicator hung = () -> {
            started.incrementAndGet();
            try {
                release.await(30, TimeUnit.SECONDS); // as HikariCP waits for a connection
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return Health.up().build();
        };
        HealthIndicator db = (HealthIndicator) new TimeBoundHealth(Duration.ofMillis(300))
                .postProcessAfterInitialization(hung, "dbHealthContributor");

        long before = System.nanoTime();
        Health first = db.health();
        Health second = db.health();
        long millis = (System.nanoTime() - before) / 1_000_000;

        assertThat(first.getStatus()).isEqualTo(Status.DOWN);
        assertThat(first.getDetails()).containsEntry("error", "no answer within 300 ms");
        assertThat(second.getStatus()).isEqualTo(Status.DOWN);
        assertThat(millis).as("two answers, each within the limit").isLessThan(2_000);
        assertThat(started).as("the hung check is waited on, not started again").hasValue(1);

        release.countDown();
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() ->
                assertThat(db.health().getStatus()).as("the database back: up again").isEqualTo(Status.UP));
    }

    @Test
    void onlySpringBootsDatabaseIndicatorIsWrappedAndItsAnswerPassesThrough() {
        HealthIndicator down = () -> Health.down().withDetail("database", "PostgreSQL").build();
        TimeBoundHealth bound = new TimeBoundHealth(Duration.ofSeconds(3));

        assertThat(bound.postProcessAfterInitialization(down, "redisHealthContributor")).isSameAs(down);
        HealthIndicator db = (HealthIndicator) bound.postProcessAfterInitialization(down, "dbHealthContributor");
        assertThat(db).isNotSameAs(down);
        assertThat(db.health().getDetails()).containsEntry("database", "PostgreSQL");
        assertThat(bound.postProcessAfterInitialization(db, "dbHealthContributor")).isSameAs(db);
    }

    @Test
    void aDatabaseCheckThatThrowsIsDownWithItsError() {
        HealthIndicator broken = () -> {
            throw new IllegalStateException("pool closed");
        };
        HealthIndicator db = (HealthIndicator) new TimeBoundHealth(Duration.ofSeconds(3))
                .postProcessAfterInitialization(broken, "dbHealthContributor");

        Health health = db.health();

        assertThat(health.getStatus()).isEqualTo(Status.DOWN);
        assertThat(String.valueOf(health.getDetails().get("error"))).contains("IllegalStateException");
    }
}
