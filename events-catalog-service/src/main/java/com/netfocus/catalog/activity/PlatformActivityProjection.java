package com.netfocus.catalog.activity;

import com.netfocus.contracts.plan.AttendanceCorrected;
import com.netfocus.contracts.plan.AttendanceRetracted;
import com.netfocus.contracts.plan.EventAttended;
import com.netfocus.contracts.plan.PlanEvent;
import com.netfocus.contracts.plan.PlanEventEnvelope;
import com.netfocus.contracts.plan.PlatformChosen;
import com.netfocus.contracts.plan.PlatformWithdrawn;
import com.netfocus.contracts.plan.UnreadableEventException;
import com.netfocus.support.planevents.PollAwareProjection;
import com.netfocus.support.planevents.PolledEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.List;

/**
 * Counts per platform how often plans chose it, attended it, and how many people were met there
 * ({@link ActivityChange}). Gets each poll after the plan needs. An event naming a platform its org does not have in
 * the catalog is not counted.
 *
 * <p>Per poll ({@link PollAwareProjection}) a platform is read once: its org in the catalog and, if an event of that
 * org names it, its activity; its events are added in memory and written once, with one compare-and-set on the
 * revision read: many plans' events name the same few platforms.
 */
@Component
@Order(2)
public class PlatformActivityProjection extends PollAwareProjection<ActivityChange> {

    private static final Logger log = LoggerFactory.getLogger(PlatformActivityProjection.class);

    private final PlatformActivityStore store;

    public PlatformActivityProjection(PlatformActivityStore store) {
        this.store = store;
    }

    @Override
    protected Collection<String> keysOf(PlanEventEnvelope envelope, PlanEvent event) {
        if (event instanceof PlatformChosen chosen) {
            return List.of(platformOf(envelope, chosen.platformId()));
        }
        if (event instanceof EventAttended attended) {
            return List.of(platformOf(envelope, attended.platformId()));
        }
        if (event instanceof PlatformWithdrawn withdrawn) {
            return List.of(platformOf(envelope, withdrawn.platformId()));
        }
        if (event instanceof AttendanceCorrected corrected) {
            return List.of(platformOf(envelope, corrected.platformId()));
        }
        if (event instanceof AttendanceRetracted retracted && retracted.platformId() != null) {
            // a retraction stored before it named its platform cannot be counted anywhere
            return List.of(platformOf(envelope, retracted.platformId()));
        }
        return List.of();
    }

    /** The platform's org, and its activity if any of the events may be counted there (else no document is made). */
    @Override
    protected ActivityChange read(String platformId, List<PolledEvent> events) {
        String org = store.orgOfPlatform(platformId);
        List<PolledEvent> notCounted = events.stream()
                .filter(polled -> !ActivityChange.countsAt(org, polled.envelope())).toList();
        notCounted.forEach(polled -> log.warn("plan {} event {} names platform {} which org {} does not have in its "
                + "catalog; not counted", polled.envelope().planId(), polled.envelope().sequence(), platformId,
                polled.envelope().org()));
        return ActivityChange.from(org, notCounted.size() == events.size() ? null : store.read(platformId, org));
    }

    @Override
    protected ActivityChange apply(ActivityChange change, PlanEventEnvelope envelope, PlanEvent event) {
        return change.applied(envelope, event);
    }

    @Override
    protected void write(ActivityChange stored, ActivityChange applied) {
        store.write(applied);
    }

    private static String platformOf(PlanEventEnvelope envelope, String platformId) {
        if (platformId == null || platformId.isBlank()) {
            throw new UnreadableEventException(envelope.type() + " " + envelope.eventId() + " names no platform", null);
        }
        return platformId;
    }
}
