package io.callpipeline.crm.autoconfigure;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import io.callpipeline.core.archive.AudioArchive;
import io.callpipeline.core.pipeline.CallRecordingPipeline;
import io.callpipeline.core.privacy.PiiRedactor;
import io.callpipeline.core.recording.RecordingDeletion;
import io.callpipeline.core.response.CallerHistory;
import io.callpipeline.core.store.TranscriptStore;
import io.callpipeline.crm.call.CallHistory;
import io.callpipeline.crm.call.CallLog;
import io.callpipeline.crm.call.CallSearchRefresh;
import io.callpipeline.crm.call.JpaTranscriptStore;
import io.callpipeline.crm.customer.CallerMatcher;
import io.callpipeline.crm.customer.Customer;
import io.callpipeline.crm.customer.CustomerChangeListener;
import io.callpipeline.crm.customer.CustomerDirectory;
import io.callpipeline.crm.customer.HostCustomerCallerMatcher;
import io.callpipeline.crm.customer.HostCustomers;
import io.callpipeline.crm.customer.PhoneNumberCallerMatcher;
import io.callpipeline.crm.customer.PhoneNumbers;
import io.callpipeline.crm.followup.AgentTasks;
import io.callpipeline.crm.followup.CustomerStory;
import io.callpipeline.crm.followup.FieldConfirmation;
import io.callpipeline.crm.followup.FollowUpWebhook;
import io.callpipeline.crm.followup.JpaCallerHistory;
import io.callpipeline.crm.persistence.CallPipelineTablesFilter;
import io.callpipeline.crm.persistence.CrmSchema;
import io.callpipeline.crm.persistence.UniqueInsert;
import io.callpipeline.crm.privacy.AccessActor;
import io.callpipeline.crm.privacy.AccessLog;
import io.callpipeline.crm.privacy.Erasure;
import io.callpipeline.crm.privacy.PrivacyTasks;
import io.callpipeline.crm.privacy.RecordingDeletions;
import io.callpipeline.crm.privacy.RetentionPurge;
import io.callpipeline.spring.autoconfigure.CallPipelineProcessingAutoConfiguration;
import io.callpipeline.spring.autoconfigure.CallPipelineStoreAutoConfiguration;
import io.callpipeline.spring.autoconfigure.CallRoutingAutoConfiguration;
import io.callpipeline.spring.events.EventWebhook;
import io.callpipeline.spring.processing.RecordingJobQueue;
import io.callpipeline.spring.processing.RecordingTask;
import io.callpipeline.spring.routing.OwnerRouting;
import io.callpipeline.spring.store.AfterHostMigrations;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.Clock;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.boot.jpa.autoconfigure.EntityManagerFactoryDependsOnPostProcessor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.jpa.SharedEntityManagerCreator;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The CRM's data: its entities (registered for the host's JPA scan), its tables (own Flyway
 * history, created before JPA starts), customers matched by phone within the call's agency, and
 * {@link JpaTranscriptStore} as the pipeline's store, in place of the starter's JSON store.
 */
@AutoConfiguration(afterName = "org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration",
        after = CallRoutingAutoConfiguration.class, before = CallPipelineStoreAutoConfiguration.class)
@ConditionalOnProperty(prefix = "callpipeline", name = "enabled", havingValue = "true", matchIfMissing = true)
@ConditionalOnProperty(prefix = "callpipeline.crm", name = "enabled", havingValue = "true", matchIfMissing = true)
@ConditionalOnClass(EntityManagerFactory.class)
@ConditionalOnBean({DataSource.class, EntityManagerFactory.class})
@AutoConfigurationPackage(basePackageClasses = {Customer.class, CallLog.class})
@EnableConfigurationProperties({CrmProperties.class, CrmPrivacyProperties.class})
public final class CrmJpaAutoConfiguration {

    static final String SCHEMA_BEAN = "callPipelineCrmSchema";

    /** The tables, created after the host's migrations and before JPA starts, unless the host manages the schema. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(prefix = "callpipeline.crm", name = "migrate-schema", havingValue = "true",
            matchIfMissing = true)
    static final class Schema {

        @Bean(name = SCHEMA_BEAN)
        @ConditionalOnMissingBean(name = SCHEMA_BEAN)
        CrmSchema callPipelineCrmSchema(DataSource dataSource, OwnerRouting routing) {
            CrmSchema schema = new CrmSchema(dataSource, routing.fallback());
            schema.migrate();
            return schema;
        }

        @Bean
        static EntityManagerFactoryDependsOnPostProcessor callPipelineCrmSchemaBeforeJpa() {
            return new EntityManagerFactoryDependsOnPostProcessor(SCHEMA_BEAN);
        }

        @Bean
        static AfterHostMigrations callPipelineCrmSchemaAfterHostMigrations() {
            return new AfterHostMigrations(SCHEMA_BEAN);
        }
    }

    @Bean
    @ConditionalOnMissingBean(name = "callPipelineTablesFilter")
    HibernatePropertiesCustomizer callPipelineTablesFilter() {
        return properties -> properties.putIfAbsent("hibernate.hbm2ddl.schema_filter_provider",
                CallPipelineTablesFilter.class.getName());
    }

    @Bean
    @ConditionalOnMissingBean
    PhoneNumbers callPipelinePhoneNumbers(CrmProperties properties) {
        return new PhoneNumbers(properties.defaultRegion());
    }

    @Bean
    @ConditionalOnMissingBean
    UniqueInsert callPipelineUniqueInsert(DataSource dataSource) {
        return new UniqueInsert(new JdbcTemplate(dataSource));
    }

    @Bean
    @ConditionalOnMissingBean
    CustomerDirectory customerDirectory(EntityManagerFactory entityManagerFactory, UniqueInsert inserts,
            PhoneNumbers phones, ObjectProvider<Clock> clock, ObjectProvider<CustomerChangeListener> listeners) {
        return new CustomerDirectory(shared(entityManagerFactory), inserts, phones, clock.getIfAvailable(Clock::systemUTC),
                listeners.orderedStream().toList());
    }

    /** A renamed or renumbered customer's calls are found by the new name and number at once. */
    @Bean
    @ConditionalOnMissingBean
    CallSearchRefresh callPipelineCallSearchRefresh(EntityManagerFactory entityManagerFactory) {
        return new CallSearchRefresh(shared(entityManagerFactory));
    }

    /** A host with its own customers links calls to them; declared first, so it wins over the default. */
    @Bean
    @ConditionalOnMissingBean(CallerMatcher.class)
    @ConditionalOnBean(HostCustomers.class)
    CallerMatcher hostCustomerCallerMatcher(HostCustomers hostCustomers, CustomerDirectory customers) {
        return new HostCustomerCallerMatcher(hostCustomers, customers);
    }

    @Bean
    @ConditionalOnMissingBean
    CallerMatcher phoneNumberCallerMatcher(CustomerDirectory customers) {
        return new PhoneNumberCallerMatcher(customers);
    }

    @Bean
    @ConditionalOnMissingBean
    CallHistory callHistory(EntityManagerFactory entityManagerFactory) {
        return new CallHistory(shared(entityManagerFactory));
    }

    @Bean
    @ConditionalOnMissingBean(TranscriptStore.class)
    JpaTranscriptStore jpaTranscriptStore(EntityManagerFactory entityManagerFactory,
            PlatformTransactionManager transactionManager, UniqueInsert inserts, CallerMatcher callers,
            OwnerRouting routing, ObjectProvider<Clock> clock, RecordingDeletions deletions,
            ApplicationEventPublisher events) {
        return new JpaTranscriptStore(shared(entityManagerFactory), new TransactionTemplate(transactionManager),
                inserts, callers, routing, clock.getIfAvailable(Clock::systemUTC), deletions::erased,
                events::publishEvent);
    }

    /** A known caller's earlier calls and confirmed details, for the model's answer to the next call. */
    @Bean
    @ConditionalOnMissingBean
    CallerHistory callPipelineCallerHistory(EntityManagerFactory entityManagerFactory,
            PlatformTransactionManager transactionManager) {
        return new JpaCallerHistory(shared(entityManagerFactory), new TransactionTemplate(transactionManager));
    }

    /** The agent's decisions on the fields the model extracted; the host hears of each as an event. */
    @Bean
    @ConditionalOnMissingBean
    FieldConfirmation callPipelineFieldConfirmation(EntityManagerFactory entityManagerFactory, DataSource dataSource,
            PlatformTransactionManager transactionManager, ApplicationEventPublisher events, ObjectProvider<Clock> clock,
            ObjectProvider<PiiRedactor> redactor) {
        return new FieldConfirmation(shared(entityManagerFactory), new JdbcTemplate(dataSource),
                new TransactionTemplate(transactionManager), events, clock.getIfAvailable(Clock::systemUTC),
                redactor.getIfAvailable(() -> PiiRedactor.NONE));
    }

    /** The agent's tasks from calls: the "today" list, and marking one done. */
    @Bean
    @ConditionalOnMissingBean
    AgentTasks callPipelineAgentTasks(EntityManagerFactory entityManagerFactory,
            PlatformTransactionManager transactionManager, ObjectProvider<Clock> clock) {
        return new AgentTasks(shared(entityManagerFactory), new TransactionTemplate(transactionManager),
                clock.getIfAvailable(Clock::systemUTC));
    }

    /** A customer's calls at a glance: counts, the lead's warmth, open tasks, the last summaries. */
    @Bean
    @ConditionalOnMissingBean
    CustomerStory callPipelineCustomerStory(EntityManagerFactory entityManagerFactory,
            PlatformTransactionManager transactionManager) {
        return new CustomerStory(shared(entityManagerFactory), new TransactionTemplate(transactionManager));
    }

    /** Each decision and each task posted to the outbound webhook too, when the starter sends one. */
    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnProperty(prefix = "callpipeline.events.webhook", name = "url")
    FollowUpWebhook callPipelineFollowUpWebhook(ObjectProvider<EventWebhook> webhook,
            @Qualifier("callPipelineScheduler") ObjectProvider<SchedulerClient> scheduler) {
        return new FollowUpWebhook(webhook::getIfAvailable, scheduler::getIfAvailable);
    }

    @Bean
    @ConditionalOnMissingBean
    RecordingDeletions callPipelineRecordingDeletions(DataSource dataSource, ObjectProvider<Clock> clock) {
        return new RecordingDeletions(new JdbcTemplate(dataSource), clock.getIfAvailable(Clock::systemUTC));
    }

    @Bean
    @ConditionalOnMissingBean
    AccessActor callPipelineAccessActor() {
        return AccessActor.fromRequest();
    }

    @Bean
    @ConditionalOnMissingBean
    AccessLog callPipelineAccessLog(DataSource dataSource, AccessActor actor, ObjectProvider<Clock> clock) {
        return new AccessLog(new JdbcTemplate(dataSource), actor, clock.getIfAvailable(Clock::systemUTC));
    }

    /**
     * Erasure on request; it cancels the recordings' queued jobs when the app processes in the
     * background, and drops what runs kept on this machine's disk.
     */
    @Bean
    @ConditionalOnMissingBean
    Erasure callPipelineErasure(DataSource dataSource, PlatformTransactionManager transactionManager,
            RecordingDeletions deletions, AccessLog accessLog, ObjectProvider<RecordingJobQueue> jobs,
            ObjectProvider<CallRecordingPipeline> pipeline, ObjectProvider<AudioArchive> archive) {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        Erasure.QueuedWork queued = recordingSids -> {
            if (jobs.getIfAvailable() != null) {
                for (String recordingSid : recordingSids) {
                    jdbc.update("delete from " + CallPipelineProcessingAutoConfiguration.TASKS_TABLE
                            + " where task_name = ? and task_instance = ?", RecordingTask.TASK_NAME, recordingSid);
                }
            }
        };
        return new Erasure(jdbc, new TransactionTemplate(transactionManager), deletions, accessLog, queued,
                recordingSid -> {
                    pipeline.ifAvailable(p -> p.discardKeptResults(recordingSid));
                    archive.ifAvailable(a -> a.delete(recordingSid));
                });
    }

    @Bean
    @ConditionalOnMissingBean
    RetentionPurge callPipelineRetentionPurge(DataSource dataSource, PlatformTransactionManager transactionManager,
            RecordingDeletions deletions, AccessLog accessLog, CrmPrivacyProperties privacy,
            ObjectProvider<AudioArchive> archive, ObjectProvider<Clock> clock) {
        CrmPrivacyProperties.Retention r = privacy.retention();
        return new RetentionPurge(new JdbcTemplate(dataSource), new TransactionTemplate(transactionManager), deletions,
                accessLog, new RetentionPurge.Windows(r.audio(), r.transcripts(), r.earlierAnswers(), r.accessLog()),
                privacy.deleteAtProvider(), recordingSid -> archive.ifAvailable(a -> a.delete(recordingSid)),
                clock.getIfAvailable(Clock::systemUTC));
    }

    /** The purge and the deletions at the provider, run by the processing's scheduler (cluster-safe). */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "com.github.kagkarlsson.scheduler.Scheduler")
    static final class PrivacyWork {

        @Bean
        @ConditionalOnMissingBean(name = "callPipelineRecordingDeletionsTask")
        RecurringTask<Void> callPipelineRecordingDeletionsTask(RecordingDeletions deletions,
                ObjectProvider<RecordingDeletion> provider, CrmPrivacyProperties privacy,
                ObjectProvider<PrivacyTasks.Counts> counts) {
            return PrivacyTasks.deletions(deletions, () -> privacy.deleteAtProvider() ? provider.getIfAvailable() : null,
                    privacy.deletionInterval(), counts.getIfAvailable(() -> PrivacyTasks.Counts.NONE));
        }

        @Bean
        @ConditionalOnMissingBean(name = "callPipelineRetentionPurgeTask")
        RecurringTask<Void> callPipelineRetentionPurgeTask(RetentionPurge purge, CrmPrivacyProperties privacy,
                ObjectProvider<PrivacyTasks.Counts> counts) {
            return PrivacyTasks.purge(purge, privacy.purgeInterval(), counts.getIfAvailable(() -> PrivacyTasks.Counts.NONE));
        }
    }

    /** What the purge and the deletions did, as counters, when the host has Micrometer. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "io.micrometer.core.instrument.MeterRegistry")
    @ConditionalOnBean(type = "io.micrometer.core.instrument.MeterRegistry")
    static final class PrivacyMetrics {

        @Bean
        @ConditionalOnMissingBean
        PrivacyTasks.Counts callPipelinePrivacyCounts(io.micrometer.core.instrument.MeterRegistry registry) {
            return (name, kind, count) -> registry.counter(name, "kind", kind).increment(count);
        }
    }

    private static EntityManager shared(EntityManagerFactory entityManagerFactory) {
        return SharedEntityManagerCreator.createSharedEntityManager(entityManagerFactory);
    }
}
