package io.callpipeline.spring.autoconfigure;

import io.callpipeline.core.store.TranscriptStore;
import io.callpipeline.spring.store.AfterHostMigrations;
import io.callpipeline.spring.store.CallPipelineSchema;
import io.callpipeline.spring.store.JdbcTranscriptStore;
import java.time.Clock;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The starter's tables (its own Flyway history, migrated after the host's own migrations) and the
 * durable {@link JdbcTranscriptStore} on the app's own database.
 */
@AutoConfiguration(after = DataSourceAutoConfiguration.class, afterName = {
        "org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration",
        "org.springframework.boot.liquibase.autoconfigure.LiquibaseAutoConfiguration"})
@ConditionalOnProperty(prefix = "callpipeline", name = "enabled", havingValue = "true", matchIfMissing = true)
@ConditionalOnClass(JdbcTemplate.class)
@ConditionalOnBean(DataSource.class)
public final class CallPipelineStoreAutoConfiguration {

    static final String SCHEMA_BEAN = "callPipelineSchema";

    /** The tables, created after the host's own migrations, unless the host manages the schema itself. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(Flyway.class)
    @ConditionalOnProperty(prefix = "callpipeline.processing", name = "migrate-schema", havingValue = "true",
            matchIfMissing = true)
    static final class Schema {

        @Bean(name = SCHEMA_BEAN)
        @ConditionalOnMissingBean
        CallPipelineSchema callPipelineSchema(DataSource dataSource) {
            CallPipelineSchema schema = new CallPipelineSchema(dataSource);
            schema.migrate();
            return schema;
        }

        @Bean
        static AfterHostMigrations callPipelineSchemaAfterHostMigrations() {
            return new AfterHostMigrations(SCHEMA_BEAN);
        }
    }

    @Bean
    @ConditionalOnMissingBean(TranscriptStore.class)
    JdbcTranscriptStore jdbcTranscriptStore(DataSource dataSource, ObjectProvider<CallPipelineSchema> schema,
            ObjectProvider<Clock> clock) {
        schema.getIfAvailable(); // the tables must exist before the first query
        return new JdbcTranscriptStore(new JdbcTemplate(dataSource), clock.getIfAvailable(Clock::systemUTC));
    }
}
