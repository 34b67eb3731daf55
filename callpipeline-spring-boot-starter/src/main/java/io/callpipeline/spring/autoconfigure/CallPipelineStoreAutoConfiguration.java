package io.callpipeline.spring.autoconfigure;

import io.callpipeline.core.store.TranscriptStore;
import io.callpipeline.spring.store.CallPipelineSchema;
import io.callpipeline.spring.store.JdbcTranscriptStore;
import java.time.Clock;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The starter's tables (its own Flyway history) and the durable {@link JdbcTranscriptStore} on the
 * app's own database.
 */
@AutoConfiguration(after = DataSourceAutoConfiguration.class)
@ConditionalOnProperty(prefix = "callpipeline", name = "enabled", havingValue = "true", matchIfMissing = true)
@ConditionalOnBean(DataSource.class)
public final class CallPipelineStoreAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnProperty(prefix = "callpipeline.processing", name = "migrate-schema", havingValue = "true",
            matchIfMissing = true)
    CallPipelineSchema callPipelineSchema(DataSource dataSource) {
        CallPipelineSchema schema = new CallPipelineSchema(dataSource);
        schema.migrate();
        return schema;
    }

    @Bean
    @ConditionalOnMissingBean(TranscriptStore.class)
    JdbcTranscriptStore jdbcTranscriptStore(DataSource dataSource, ObjectProvider<CallPipelineSchema> schema,
            ObjectProvider<Clock> clock) {
        schema.getIfAvailable(); // the tables must exist before the first query
        return new JdbcTranscriptStore(new JdbcTemplate(dataSource), clock.getIfAvailable(Clock::systemUTC));
    }
}
