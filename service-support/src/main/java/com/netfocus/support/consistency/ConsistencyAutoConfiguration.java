package com.netfocus.support.consistency;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * Gives every service that answers plan reads with {@code minVersion} the one bounded wait for a plan version
 * (settings {@code netfocus.consistency}): those projecting plan events and the planning service itself alike.
 */
@AutoConfiguration
@EnableConfigurationProperties(ConsistencyProperties.class)
public class ConsistencyAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    PlanVersionWait planVersionWait(ConsistencyProperties properties) {
        return new PlanVersionWait(properties);
    }
}
