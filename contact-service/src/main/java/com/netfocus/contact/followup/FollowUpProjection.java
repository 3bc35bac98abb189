package com.netfocus.contact.followup;

import com.netfocus.contracts.plan.EventAttended;
import com.netfocus.contracts.plan.FollowUp;
import com.netfocus.contracts.plan.FollowUpCompleted;
import com.netfocus.contracts.plan.FollowUpScheduled;
import com.netfocus.contracts.plan.PlanCreated;
import com.netfocus.contracts.plan.PlanEvent;
import com.netfocus.contracts.plan.PlanEventEnvelope;
import com.netfocus.support.personaldata.PersonalData;
import com.netfocus.support.personaldata.PersonalFields;
import com.netfocus.support.planevents.PlanEventProjection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Keeps one document per follow-up: scheduled at an attendance (inside EventAttended) or on its own
 * (FollowUpScheduled), then completed (FollowUpCompleted). Remembers each plan's owner from PlanCreated, because
 * the due list is the owner's. Other event types change nothing here. Gets each plan event after the plan's people.
 */
@Component
@Order(2)
public class FollowUpProjection implements PlanEventProjection {

    private static final Logger log = LoggerFactory.getLogger(FollowUpProjection.class);

    private final FollowUpStore store;
    private final PersonalData personalData;

    FollowUpProjection(FollowUpStore store, PersonalData personalData) {
        this.store = store;
        this.personalData = personalData;
    }

    @Override
    public void apply(PlanEventEnvelope envelope, PlanEvent sealed) {
        // the names promised follow-ups are kept readable here until the person is erased (then deleted)
        PlanEvent event = PersonalFields.reveal(personalData, sealed);
        if (event instanceof PlanCreated created) {
            store.rememberPlan(new FollowUpPlan(envelope.planId(), orElse(created.org(), envelope.org()),
                    created.ownerId(), orElse(created.team(), envelope.team())));
        } else if (event instanceof EventAttended attended && !attended.followUps().isEmpty()) {
            schedule(envelope, attended.followUps());
        } else if (event instanceof FollowUpScheduled scheduled) {
            schedule(envelope, scheduled.followUp() == null ? List.of() : List.of(scheduled.followUp()));
        } else if (event instanceof FollowUpCompleted completed) {
            if (isBlank(completed.followUpId())) {
                log.warn("plan {} event {} completes a follow-up without an id; passed over", envelope.planId(),
                        envelope.sequence());
                return;
            }
            store.complete(envelope.planId(), envelope.sequence(), completed.followUpId(), completed.completedAt(),
                    completed.outcome());
        }
    }

    private void schedule(PlanEventEnvelope envelope, List<FollowUp> followUps) {
        FollowUpPlan plan = owner(envelope);
        for (FollowUp followUp : followUps) {
            if (isBlank(followUp.followUpId())) {
                log.warn("plan {} event {} schedules a follow-up without an id; passed over", envelope.planId(),
                        envelope.sequence());
                continue;
            }
            store.schedule(plan, envelope.sequence(), followUp, envelope.occurredAt());
        }
    }

    /**
     * The plan's owner from its PlanCreated, which per plan always arrives first. Should it be missing (a topic
     * whose oldest records expired), the event's own org and actor stand in, rather than a follow-up nobody sees.
     */
    private FollowUpPlan owner(PlanEventEnvelope envelope) {
        return store.plan(envelope.planId()).orElseGet(() -> {
            log.warn("plan {} has no PlanCreated here; its follow-ups go to the event's actor {}", envelope.planId(),
                    envelope.actor());
            return new FollowUpPlan(envelope.planId(), envelope.org(), envelope.actor(), envelope.team());
        });
    }

    private static String orElse(String value, String fallback) {
        return value != null ? value : fallback;
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
