package io.callpipeline.spring.autoconfigure;

import io.callpipeline.core.owner.CallRouter;
import io.callpipeline.spring.routing.OwnerRouting;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * Whose call it is: the agencies' numbers and accounts from {@link CallRoutingProperties}, or the
 * host's own {@link CallRouter}; either way with the configured fallback for what no rule routes.
 */
@AutoConfiguration
@ConditionalOnProperty(prefix = "callpipeline", name = "enabled", havingValue = "true", matchIfMissing = true)
@EnableConfigurationProperties(CallRoutingProperties.class)
public final class CallRoutingAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    CallRouter callPipelineCallRouter(CallRoutingProperties properties) {
        return properties.router();
    }

    @Bean
    @ConditionalOnMissingBean
    OwnerRouting callPipelineOwnerRouting(CallRouter router, CallRoutingProperties properties) {
        return new OwnerRouting(router, properties.fallbackOwner());
    }
}
