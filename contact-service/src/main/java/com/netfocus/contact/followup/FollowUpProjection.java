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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Keeps one document per follow-up: scheduled at an attendance or on its own, then completed
 * ({@link FollowUpsChange}), and each plan's owner from PlanCreated, because the due list is the owner's. Other event
 * types change nothing here. Gets each poll after the plan's people, with the personal fields revealed (the name
 * promised to is kept readable until the person is erased, then the follow-up is deleted).
 *
 * <p>Per poll ({@link PollAwareProjection}) a plan's owner and the follow-ups its events name are read once (one query
 * each) and written once: the owner if its PlanCreated came in the poll, and the follow-ups in one round trip of
 * compare-and-sets on their applied sequences.
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

    /** The plan's owner, when an event schedules or names it, and the follow-ups the events name. */
    @Override
    protected FollowUpsChange read(String planId, List<PolledEvent> events) {
        boolean needsOwner = events.stream().anyMatch(polled -> !(polled.event() instanceof FollowUpCompleted
                || polled.event() instanceof FollowUpRevised || polled.event() instanceof FollowUpCancelled));
        return FollowUpsChange.from(planId, needsOwner ? store.plan(planId).orElse(null) : null,
                store.followUps(followUpIdsOf(events)));
    }

    @Override
    protected FollowUpsChange apply(FollowUpsChange change, PlanEventEnvelope envelope, PlanEvent event) {
        return change.applied(envelope, event);
    }

    @Override
    protected void write(FollowUpsChange stored, FollowUpsChange applied) {
        store.write(applied);
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
