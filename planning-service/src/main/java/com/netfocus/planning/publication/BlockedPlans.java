package com.netfocus.planning.publication;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The plans this instance found blocked (see {@link PublicationBlock}), with their back-off: a blocked plan is tried
 * again after {@code blockedRetry.first}, then after twice as long each time, at most {@code blockedRetry.max} apart;
 * until then neither the sweep nor a new command of the plan sends anything of it. The count is the gauge
 * {@code netfocus.publication.blocked.plans} (Prometheus {@code netfocus_publication_blocked_plans}).
 */
@Component
public class BlockedPlans {

    static final String METER = "netfocus.publication.blocked.plans";

    private final ConcurrentMap<String, PublicationBlock> blocks = new ConcurrentHashMap<>();
    private final BlockedPlanRetry retry;
    private final Clock clock;

    public BlockedPlans(PlanPublicationSettings settings, MeterRegistry registry, Clock clock) {
        this.retry = settings.blockedRetry();
        this.clock = clock;
        Gauge.builder(METER, blocks, java.util.Map::size)
                .description("plans whose publication waits on an event Kafka refused or that cannot be sent")
                .register(registry);
    }

    /** Whether the plan is blocked and its next attempt is not due yet: nothing of it is to be sent now. */
    boolean holds(String planId) {
        PublicationBlock block = blocks.get(planId);
        return block != null && clock.instant().isBefore(block.nextAttempt());
    }

    Optional<PublicationBlock> find(String planId) {
        return Optional.ofNullable(blocks.get(planId));
    }

    /** Records a failed attempt at {@code sequence}; returns the block, its next attempt backed off. */
    PublicationBlock blocked(String planId, long sequence, String reason, Instant since) {
        Instant now = clock.instant();
        return blocks.compute(planId, (plan, previous) -> {
            int attempts = previous != null && previous.sequence() == sequence ? previous.attempts() + 1 : 1;
            Instant firstSeen = previous != null && previous.since().isBefore(since) ? previous.since() : since;
            return new PublicationBlock(planId, sequence, reason, firstSeen, attempts, now.plus(backOff(attempts)));
        });
    }

    Optional<PublicationBlock> unblocked(String planId) {
        return Optional.ofNullable(blocks.remove(planId));
    }

    /** Forgets the blocks of plans no longer pending: another instance published them. */
    void retainOnly(Collection<String> pendingPlans) {
        Set<String> pending = Set.copyOf(pendingPlans);
        blocks.keySet().removeIf(planId -> !pending.contains(planId));
    }

    /** Every block, the oldest first. */
    public List<PublicationBlock> all() {
        return blocks.values().stream().sorted(Comparator.comparing(PublicationBlock::since)
                .thenComparing(PublicationBlock::planId)).toList();
    }

    private Duration backOff(int attempts) {
        Duration wait = retry.first();
        for (int i = 1; i < attempts && wait.compareTo(retry.max()) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(retry.max()) > 0 ? retry.max() : wait;
    }
}
