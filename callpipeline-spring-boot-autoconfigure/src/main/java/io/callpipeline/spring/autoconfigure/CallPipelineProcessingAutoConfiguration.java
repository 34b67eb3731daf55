package io.callpipeline.spring.autoconfigure;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import io.callpipeline.core.owner.CallRouter;
import io.callpipeline.core.owner.MappedCallRouter;
import io.callpipeline.core.pipeline.CallRecordingPipeline;
import io.callpipeline.core.recording.RecordingCatalog;
import io.callpipeline.core.recording.RecordingSource;
import io.callpipeline.core.store.TranscriptStore;
import io.callpipeline.spring.events.EventWebhook;
import io.callpipeline.spring.events.EventWebhookListener;
import io.callpipeline.spring.observability.CallPipelineObserver;
import io.callpipeline.spring.observability.JobTrace;
import io.callpipeline.spring.observability.RunObservationConvention;
import io.callpipeline.spring.processing.AdoptionTime;
import io.callpipeline.spring.processing.DueCheck;
import io.callpipeline.spring.processing.FailedCallRetry;
import io.callpipeline.spring.processing.InstanceName;
import io.callpipeline.spring.processing.JobOwnership;
import io.callpipeline.spring.processing.LeftoverSweep;
import io.callpipeline.spring.processing.ProcessingLimit;
import io.callpipeline.spring.processing.RecordingIntake;
import io.callpipeline.spring.processing.RecordingJobQueue;
import io.callpipeline.spring.processing.RecordingReconciliation;
import io.callpipeline.spring.processing.RecordingTask;
import io.callpipeline.spring.processing.SchedulerLifecycle;
import io.callpipeline.spring.routing.OurRecordings;
import io.callpipeline.spring.store.CallPipelineSchema;
import io.micrometer.observation.ObservationRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Durable background processing with db-scheduler on the app's database: accepted callbacks become
 * jobs in {@code callpipeline_scheduled_tasks}, run with bounded concurrency, retried with backoff,
 * and taken over by another instance when theirs dies.
 */
@AutoConfiguration(after = {CallPipelineAutoConfiguration.class, CallRoutingAutoConfiguration.class,
        DataSourceTransactionManagerAutoConfiguration.class})
@ConditionalOnProperty(prefix = "callpipeline", name = "enabled", havingValue = "true", matchIfMissing = true)
@ConditionalOnClass(Scheduler.class)
@ConditionalOnBean({DataSource.class, PlatformTransactionManager.class, CallRecordingPipeline.class})
public final class CallPipelineProcessingAutoConfiguration {

    /** The table db-scheduler uses (one row per queued recording, and per recurring task), created by the starter's migration. */
    public static final String TASKS_TABLE = "callpipeline_scheduled_tasks";

    /** Heartbeats a running job may miss before another instance takes it over (db-scheduler's default). */
    static final int MISSED_HEARTBEATS = 6;

    @Bean
    @ConditionalOnMissingBean
    RecordingTask callPipelineRecordingTasks(CallPipelineProperties properties, CallRecordingPipeline pipeline,
            TranscriptStore store, ObjectProvider<CallPipelineObserver> observer, Clock clock,
            ProcessingLimit callPipelineProcessingLimit, DataSource dataSource, ObjectProvider<RecordingJobQueue> jobs,
            ApplicationEventPublisher events, JobTrace callPipelineJobTrace) {
        CallPipelineProperties.Processing p = properties.processing();
        return new RecordingTask(pipeline, store,
                new RecordingTask.Retries(p.maxAttempts(), p.initialBackoff(), p.backoffMultiplier(), p.maxBackoff()),
                observer.getIfAvailable(() -> CallPipelineObserver.NONE), clock, callPipelineProcessingLimit,
                new JobOwnership(dataSource, TASKS_TABLE), jobs::getObject, events::publishEvent, callPipelineJobTrace);
    }

    /**
     * A call's trace across the queue: with an {@code ObservationRegistry} (Actuator brings one) each run is an
     * observation, and with a tracer too it continues the trace of the request that queued the job.
     */
    @Bean
    @ConditionalOnMissingBean
    JobTrace callPipelineJobTrace(ObjectProvider<ObservationRegistry> registry,
            ObjectProvider<RunObservationConvention> convention) {
        ObservationRegistry observations = registry.getIfAvailable();
        return observations == null ? JobTrace.NONE : new JobTrace(observations, convention.getIfAvailable());
    }

    @Bean
    @ConditionalOnMissingBean
    ProcessingLimit callPipelineProcessingLimit(CallPipelineProperties properties) {
        return properties.processing().limit();
    }

    @Bean
    @ConditionalOnMissingBean(name = "callPipelineRecordingTask")
    OneTimeTask<String> callPipelineRecordingTask(RecordingTask callPipelineRecordingTasks) {
        return callPipelineRecordingTasks.task();
    }

    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnBean(RecordingCatalog.class)
    @ConditionalOnProperty(prefix = "callpipeline.reconciliation", name = "enabled", havingValue = "true",
            matchIfMissing = true)
    RecordingReconciliation callPipelineReconciliation(CallPipelineProperties properties, RecordingCatalog catalog,
            TranscriptStore store, ObjectProvider<RecordingIntake> intake, Clock clock, ObjectProvider<CallRouter> router,
            RecordingSource source, DataSource dataSource) {
        CallPipelineProperties.Reconciliation r = properties.reconciliation();
        return new RecordingReconciliation(catalog, store, intake::getObject,
                new RecordingReconciliation.Window(r.interval(), r.lookBack(), r.overlap()), clock,
                new OurRecordings(router.getIfAvailable(() -> MappedCallRouter.builder().build()), source),
                r.beforeAdoption() ? Optional::empty : new AdoptionTime(dataSource));
    }

    @Bean
    @ConditionalOnMissingBean
    InstanceName callPipelineInstanceName(CallPipelineProperties properties) {
        return InstanceName.of(properties.processing().instanceName());
    }

    @Bean(name = "callPipelineScheduler")
    @ConditionalOnMissingBean(name = "callPipelineScheduler")
    Scheduler callPipelineScheduler(CallPipelineProperties properties, DataSource dataSource,
            OneTimeTask<String> callPipelineRecordingTask, ObjectProvider<CallPipelineSchema> schema,
            ObjectProvider<RecordingReconciliation> reconciliation, InstanceName instanceName,
            ProcessingLimit callPipelineProcessingLimit, DueCheck callPipelineDueCheck,
            ObjectProvider<RecurringTask<?>> recurringTasks, ObjectProvider<EventWebhook> eventWebhook) {
        schema.getIfAvailable(); // the tables must exist before the first query
        CallPipelineProperties.Processing p = properties.processing();
        List<Task<?>> known = Stream.<Task<?>>concat(Stream.of(callPipelineRecordingTask),
                eventWebhook.stream().map(EventWebhook::task)).toList();
        Scheduler scheduler = Scheduler.create(new TransactionAwareDataSourceProxy(dataSource), known)
                .startTasks(Stream.<RecurringTask<?>>concat(reconciliation.stream().map(RecordingReconciliation::task),
                        recurringTasks.orderedStream()).toList()) // with other modules' own (the CRM's purge)
                .tableName(TASKS_TABLE)
                .schedulerName(new SchedulerName.Fixed(instanceName.value()))
                .threads(callPipelineProcessingLimit.max())
                .pollingInterval(p.pollingInterval())
                .heartbeatInterval(p.heartbeatInterval())
                .missedHeartbeatsLimit(MISSED_HEARTBEATS)
                .shutdownMaxWait(p.shutdownMaxWait())
                .addSchedulerListener(callPipelineDueCheck) // not enableImmediateExecution: it looks before the commit
                .build();
        callPipelineDueCheck.attach(scheduler);
        return scheduler;
    }

    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnProperty(prefix = "callpipeline.events.webhook", name = "url")
    EventWebhook callPipelineEventWebhook(EventWebhookProperties properties, Clock clock) {
        String secret = Required.property(properties.secret(), "callpipeline.events.webhook.secret",
                "each event posted to callpipeline.events.webhook.url is signed with it (whsec_ and base64)");
        try {
            return new EventWebhook(properties.url(), secret, properties.maxAttempts(), properties.backoff(),
                    properties.timeout(), clock);
        } catch (RuntimeException e) { // the message would quote the secret
            throw new IllegalArgumentException("callpipeline.events.webhook.secret must be whsec_ followed by base64");
        }
    }

    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnProperty(prefix = "callpipeline.events.webhook", name = "url")
    EventWebhookListener callPipelineEventWebhookListener(EventWebhook callPipelineEventWebhook,
            Scheduler callPipelineScheduler) {
        return new EventWebhookListener(callPipelineEventWebhook, callPipelineScheduler);
    }

    @Bean
    @ConditionalOnMissingBean
    DueCheck callPipelineDueCheck(ProcessingLimit callPipelineProcessingLimit) {
        return new DueCheck(callPipelineProcessingLimit.max());
    }

    @Bean
    @ConditionalOnMissingBean
    SchedulerLifecycle callPipelineSchedulerLifecycle(Scheduler callPipelineScheduler, CallPipelineProperties properties,
            CallRecordingPipeline pipeline, TranscriptStore store, DataSource dataSource, Clock clock) {
        Duration heartbeat = properties.processing().heartbeatInterval();
        LeftoverSweep sweep = new LeftoverSweep(pipeline, store, dataSource, TASKS_TABLE,
                heartbeat.multipliedBy(MISSED_HEARTBEATS), clock);
        return new SchedulerLifecycle(callPipelineScheduler, sweep, sweep::sweepKeptResults);
    }

    @Bean
    @ConditionalOnMissingBean
    RecordingJobQueue callPipelineJobQueue(Scheduler callPipelineScheduler,
            OneTimeTask<String> callPipelineRecordingTask, Clock clock, DueCheck callPipelineDueCheck,
            JobTrace callPipelineJobTrace) {
        return new RecordingJobQueue(callPipelineScheduler, callPipelineRecordingTask, clock, callPipelineDueCheck,
                callPipelineJobTrace);
    }

    @Bean
    @ConditionalOnMissingBean
    RecordingIntake recordingIntake(TranscriptStore store, RecordingJobQueue jobs,
            PlatformTransactionManager transactionManager) {
        return new RecordingIntake(store, jobs, new TransactionTemplate(transactionManager));
    }

    @Bean
    @ConditionalOnMissingBean
    FailedCallRetry failedCallRetry(TranscriptStore store, RecordingJobQueue jobs,
            PlatformTransactionManager transactionManager) {
        return new FailedCallRetry(store, jobs, new TransactionTemplate(transactionManager));
    }
}
