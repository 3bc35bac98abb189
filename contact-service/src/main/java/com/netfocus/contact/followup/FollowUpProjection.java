package com.netfocus.contact.followup;

import com.netfocus.contracts.plan.EventAttended;
import com.netfocus.contracts.plan.FollowUp;
import com.netfocus.contracts.plan.FollowUpCancelled;
import com.netfocus.contracts.plan.FollowUpCompleted;
import com.netfocus.contracts.plan.FollowUpRevised;
import com.netfocus.contracts.plan.FollowUpScheduled;
import com.netfocus.contracts.plan.PlanCreated;
import com.netfocus.contracts.plan.PlanEvent;
import com.netfocus.contracts.plan.PlanEventEnvelope;
import com.netfocus.support.planevents.PollAwareProjection;
import com.netfocus.support.planevents.PolledEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Keeps one document per follow-up: scheduled at an attendance or on its own, then completed
 * ({@link FollowUpsChange}), and each plan's owner from PlanCreated, because the due list is the owner's. Other event
 * types change nothing here. Gets each poll after the plan's people, with the personal fields revealed (the name
 * promised to is kept readable until the person is erased, then the follow-up is deleted).
 *
 * <p>Per poll ({@link PollAwareProjection}) a plan's owner and the follow-ups its events name are read once and written
 * once: the owner if its PlanCreated came in the poll, and the follow-ups as compare-and-sets on their applied
 * sequences; the poll's plans together, one query or round trip per collection.
 */
@Component
@Order(2)
public class FollowUpProjection extends PollAwareProjection<FollowUpsChange> {

    private static final Logger log = LoggerFactory.getLogger(FollowUpProjection.class);

    private final FollowUpStore store;

    FollowUpProjection(FollowUpStore store) {
        this.store = store;
    }

    @Override
    protected Collection<String> keysOf(PlanEventEnvelope envelope, PlanEvent event) {
        if (event instanceof FollowUpCompleted completed && FollowUpsChange.isBlank(completed.followUpId())) {
            log.warn("plan {} event {} completes a follow-up without an id; passed over", envelope.planId(),
                    envelope.sequence());
            return List.of();
        }
        boolean changesFollowUps = event instanceof PlanCreated || event instanceof FollowUpScheduled
                || event instanceof FollowUpCompleted || event instanceof FollowUpRevised
                || event instanceof FollowUpCancelled
                || event instanceof EventAttended attended && !attended.followUps().isEmpty();
        return changesFollowUps ? List.of(envelope.planId()) : List.of();
    }

    @Override
    protected FollowUpsChange read(String planId, List<PolledEvent> events) {
        return readAll(Map.of(planId, events)).get(planId);
    }

    /**
     * Each plan's owner, when an event schedules or names it, and the follow-ups the events name: the owners of the
     * poll's plans in one query, their follow-ups in another.
     */
    @Override
    protected Map<String, FollowUpsChange> readAll(Map<String, List<PolledEvent>> eventsOfPlan) {
        Set<String> needOwner = new LinkedHashSet<>();
        Set<String> followUpIds = new LinkedHashSet<>();
        eventsOfPlan.forEach((planId, events) -> {
            if (events.stream().anyMatch(polled -> !(polled.event() instanceof FollowUpCompleted
                    || polled.event() instanceof FollowUpRevised || polled.event() instanceof FollowUpCancelled))) {
                needOwner.add(planId);
            }
            followUpIds.addAll(followUpIdsOf(events));
        });
        Map<String, FollowUpPlan> owners = store.plans(needOwner);
        Map<String, FollowUpEntry> followUps = store.followUps(followUpIds);
        Map<String, FollowUpsChange> changes = new LinkedHashMap<>();
        eventsOfPlan.forEach((planId, events) -> {
            Map<String, FollowUpEntry> named = new LinkedHashMap<>();
            followUpIdsOf(events).stream().filter(followUps::containsKey)
                    .forEach(followUpId -> named.put(followUpId, followUps.get(followUpId)));
            changes.put(planId, FollowUpsChange.from(planId, owners.get(planId), named));
        });
        return changes;
    }

    @Override
    protected FollowUpsChange apply(FollowUpsChange change, PlanEventEnvelope envelope, PlanEvent event) {
        return change.applied(envelope, event);
    }

    @Override
    protected void write(FollowUpsChange stored, FollowUpsChange applied) {
        store.write(List.of(applied));
    }

    /**
     * Every plan's owner and follow-ups of the poll, in one round trip each; plan by plan should two plans name the
     * same follow-up (their guards would refuse each other in one batch, and the poll would never pass).
     */
    @Override
    protected void writeAll(List<KeyChange<FollowUpsChange>> changes) {
        Set<String> named = new HashSet<>();
        boolean sharedFollowUp = changes.stream().flatMap(change -> change.applied().followUps().keySet().stream())
                .anyMatch(followUpId -> !named.add(followUpId));
        if (sharedFollowUp) {
            super.writeAll(changes);
        } else {
            store.write(changes.stream().map(KeyChange::applied).toList());
        }
    }

    private static Set<String> followUpIdsOf(List<PolledEvent> events) {
        Set<String> ids = new LinkedHashSet<>();
        for (PolledEvent polled : events) {
            Stream<FollowUp> named = polled.event() instanceof EventAttended attended ? attended.followUps().stream()
                    : polled.event() instanceof FollowUpScheduled scheduled ? Stream.ofNullable(scheduled.followUp())
                    : Stream.empty();
            named.filter(followUp -> followUp != null && !FollowUpsChange.isBlank(followUp.followUpId()))
                    .forEach(followUp -> ids.add(followUp.followUpId()));
            if (polled.event() instanceof FollowUpCompleted completed) {
                ids.add(completed.followUpId());
            } else if (polled.event() instanceof FollowUpRevised revised) {
                ids.add(revised.followUpId());
            } else if (polled.event() instanceof FollowUpCancelled cancelled) {
                ids.add(cancelled.followUpId());
            }
        }
        return ids;
    }
}
