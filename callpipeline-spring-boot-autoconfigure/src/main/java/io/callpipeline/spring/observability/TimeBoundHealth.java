package io.callpipeline.spring.observability;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * Keeps {@code /actuator/health} answering within seconds while the database is down. Spring Boot's
 * {@code db} indicator asks the connection pool for a connection, and the pool waits its own
 * timeout (HikariCP's 30 s) before it gives up; a load balancer's health check times out long before.
 * Wrapped, the check runs on one thread of its own and is answered DOWN ("no answer within 1500 ms")
 * when it takes longer; a check still waiting is not started again, so an outage never piles up
 * threads behind it. The {@code db} indicator keeps its name, details and status otherwise.
 */
public final class TimeBoundHealth implements BeanPostProcessor {

    /**
     * How long the database check may take: a database that answers at all answers its validation
     * query in milliseconds; one that takes longer is as good as down for a health check.
     */
    public static final Duration DB_LIMIT = Duration.ofMillis(1500);

    /** The bean Spring Boot registers for the DataSource's health. */
    static final String DB_CONTRIBUTOR = "dbHealthContributor";

    private final Duration limit;

    public TimeBoundHealth(Duration limit) {
        this.limit = limit;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (DB_CONTRIBUTOR.equals(beanName) && bean instanceof HealthIndicator indicator
                && !(bean instanceof Bounded)) {
            return new Bounded(indicator, limit);
        }
        return bean;
    }

    /** A health indicator that answers within its limit. */
    static final class Bounded implements HealthIndicator {

        private final HealthIndicator delegate;
        private final Duration limit;
        private final ExecutorService checks = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "callpipeline-db-health");
            thread.setDaemon(true);
            return thread;
        });
        private final AtomicReference<CompletableFuture<Health>> running = new AtomicReference<>();

        Bounded(HealthIndicator delegate, Duration limit) {
            this.delegate = delegate;
            this.limit = limit;
        }

        @Override
        public Health health() {
            CompletableFuture<Health> check = running.updateAndGet(current -> current != null && !current.isDone()
                    ? current : CompletableFuture.supplyAsync(delegate::health, checks));
            try {
                return check.get(limit.toMillis(), TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                return Health.down().withDetail("error", "no answer within " + limit.toMillis() + " ms").build();
            } catch (ExecutionException e) {
                return Health.down(e.getCause()).build();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Health.unknown().build();
            }
        }
    }
}
