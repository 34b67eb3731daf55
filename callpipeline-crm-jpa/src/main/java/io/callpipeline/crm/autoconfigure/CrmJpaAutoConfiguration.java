package io.callpipeline.crm.autoconfigure;

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
import io.callpipeline.crm.persistence.CallPipelineTablesFilter;
import io.callpipeline.crm.persistence.CrmSchema;
import io.callpipeline.crm.persistence.UniqueInsert;
import io.callpipeline.spring.autoconfigure.CallPipelineStoreAutoConfiguration;
import io.callpipeline.spring.autoconfigure.CallRoutingAutoConfiguration;
import io.callpipeline.spring.routing.OwnerRouting;
import io.callpipeline.spring.store.AfterHostMigrations;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.Clock;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.boot.jpa.autoconfigure.EntityManagerFactoryDependsOnPostProcessor;
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
@EnableConfigurationProperties(CrmProperties.class)
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
            OwnerRouting routing, ObjectProvider<Clock> clock) {
        return new JpaTranscriptStore(shared(entityManagerFactory), new TransactionTemplate(transactionManager),
                inserts, callers, routing, clock.getIfAvailable(Clock::systemUTC));
    }

    private static EntityManager shared(EntityManagerFactory entityManagerFactory) {
        return SharedEntityManagerCreator.createSharedEntityManager(entityManagerFactory);
    }
}
