package com.netfocus.support.consistency;

import com.netfocus.support.planevents.PlanEventProjection;
import com.netfocus.support.planevents.PlanEventsAutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/** Gives every service that projects plan events the one bounded wait for a plan version (settings {@code netfocus.consistency}). */
@AutoConfiguration(after = PlanEventsAutoConfiguration.class)
@ConditionalOnBean(PlanEventProjection.class)
@EnableConfigurationProperties(ConsistencyProperties.class)
public class ConsistencyAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    PlanVersionWait planVersionWait(ConsistencyProperties properties) {
        return new PlanVersionWait(properties);
    }
}
