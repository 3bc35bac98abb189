package com.netfocus.planning.eventstore;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The aggregate cache's size ({@code netfocus.planning.plan-cache.max-entries}): how many plans stay loaded in
 * memory, most recently used first (see {@link BoundedPlanCache}).
 */
@ConfigurationProperties("netfocus.planning.plan-cache")
public record PlanCacheSettings(@DefaultValue("5000") int maxEntries) {
}
