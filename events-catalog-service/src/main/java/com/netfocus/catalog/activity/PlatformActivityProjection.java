package com.netfocus.catalog.activity;

import com.netfocus.contracts.plan.EventAttended;
import com.netfocus.contracts.plan.PlanEvent;
import com.netfocus.contracts.plan.PlanEventEnvelope;
import com.netfocus.contracts.plan.PlatformChosen;
import com.netfocus.contracts.plan.UnreadableEventException;
import com.netfocus.support.planevents.PollAwareProjection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Counts per platform how often plans chose it, attended it, and how many people were met there. Gets each plan
 * event after the plan needs. An event naming a platform its org does not have in the catalog is not counted.
 *
 * <p>Within a poll of the consumer ({@link PollAwareProjection}), a platform's org and activity are read once, at the
 * poll's first event naming it, its events added in memory ({@link ActivityChange}), and written once when the poll
 * ends, with one compare-and-set on the revision read: many plans' events name the same few platforms. Platforms are
 * written in the order the poll first named them. Should the compare-and-set fail (another writer, such as a dead
 * letter's replay, wrote the platform meanwhile), {@link #pollApplied()} throws: the consumer retries the whole poll,
 * which reads the platform afresh. Outside a poll (a dead letter's replay) each event is written at once.
 */
@Component
@Order(2)
public class PlatformActivityProjection implements PollAwareProjection {

    private static final Logger log = LoggerFactory.getLogger(PlatformActivityProjection.class);

    private final PlatformActivityStore store;
    /** Per consumer thread, during a poll (threads never share a partition, so never a plan's event). */
    private final ThreadLocal<Poll> poll = new ThreadLocal<>();

    public PlatformActivityProjection(PlatformActivityStore store) {
        this.store = store;
    }

    @Override
    public void apply(PlanEventEnvelope envelope, PlanEvent event) {
        if (event instanceof PlatformChosen chosen) {
            count(envelope, platformOf(envelope, chosen.platformId()), new ActivityCounts(1, 0, 0));
        } else if (event instanceof EventAttended attended) {
            count(envelope, platformOf(envelope, attended.platformId()),
                    new ActivityCounts(0, 1, attended.contactsMet().size()));
        }
    }

    @Override
    public void pollStarted() {
        poll.set(new Poll());
    }

    @Override
    public void pollApplied() {
        Poll current = poll.get();
        if (current != null) {
            current.write(store);
        }
        poll.remove();
    }

    @Override
    public void pollAbandoned() {
        poll.remove();
    }

    @Override
    public boolean holdsBackWrites() {
        Poll current = poll.get();
        return current != null && current.changes.values().stream().anyMatch(ActivityChange::changed);
    }

    /** Into this thread's poll, or, outside a poll, into one of this event alone, written at once. */
    private void count(PlanEventEnvelope envelope, String platformId, ActivityCounts increments) {
        Poll current = poll.get();
        if (current == null) {
            Poll single = new Poll();
            single.count(store, envelope, platformId, increments);
            single.write(store);
        } else {
            current.count(store, envelope, platformId, increments);
        }
    }

    private static String platformOf(PlanEventEnvelope envelope, String platformId) {
        if (platformId == null || platformId.isBlank()) {
            throw new UnreadableEventException(envelope.type() + " " + envelope.eventId() + " names no platform", null);
        }
        return platformId;
    }

    /** What a poll read and holds back: per platform its org (empty: not in the catalog) and its change. */
    private static final class Poll {

        private final Map<String, Optional<String>> platformOrgs = new HashMap<>();
        private final Map<String, ActivityChange> changes = new LinkedHashMap<>();

        void count(PlatformActivityStore store, PlanEventEnvelope envelope, String platformId,
                   ActivityCounts increments) {
            Optional<String> org = platformOrgs.computeIfAbsent(platformId,
                    id -> Optional.ofNullable(store.orgOfPlatform(id)));
            if (envelope.org() == null || !org.equals(Optional.of(envelope.org()))) {
                log.warn("plan {} event {} names platform {} which org {} does not have in its catalog; not counted",
                        envelope.planId(), envelope.sequence(), platformId, envelope.org());
                return;
            }
            ActivityChange change = changes.computeIfAbsent(platformId,
                    id -> ActivityChange.from(store.read(id, envelope.org())));
            changes.put(platformId, change.applied(envelope, increments));
        }

        void write(PlatformActivityStore store) {
            changes.values().forEach(store::write);
        }
    }
}
