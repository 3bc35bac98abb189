package com.netfocus.planning.publication;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The plans whose publication this instance found blocked, as health component {@code planPublication} (details in
 * the {@code publication} health group: {@code /actuator/health/publication}): each with its plan id, the sequence it
 * waits on, the reason, since when, the attempts and the next one. The service stays UP: commands are accepted and
 * stored, every other plan is published; only these plans' events wait.
 */
@Component
public class PlanPublicationHealthIndicator implements HealthIndicator {

    private final BlockedPlans blocked;
    private final int listedPlans;

    public PlanPublicationHealthIndicator(BlockedPlans blocked, PlanPublicationSettings settings) {
        this.blocked = blocked;
        this.listedPlans = settings.healthListedPlans();
    }

    @Override
    public Health health() {
        List<PublicationBlock> blocks = blocked.all();
        return Health.up()
                .withDetail("blockedPlans", blocks.size())
                .withDetail("plans", blocks.stream().limit(listedPlans).map(PlanPublicationHealthIndicator::detail)
                        .toList())
                .build();
    }

    private static Map<String, Object> detail(PublicationBlock block) {
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("planId", block.planId());
        detail.put("sequence", block.sequence());
        detail.put("reason", block.reason());
        detail.put("since", block.since().toString());
        detail.put("attempts", block.attempts());
        detail.put("nextAttempt", block.nextAttempt().toString());
        return detail;
    }
}
