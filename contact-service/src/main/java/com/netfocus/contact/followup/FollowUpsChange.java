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

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A plan's follow-ups as a poll read them and as its events changed them: whose the plan is ({@code storedPlan} as
 * stored, {@code plan} now; null when not known), and the follow-ups the events name, by id. How each event changes
 * them is here, pure: scheduled at an attendance (inside EventAttended) or on its own (FollowUpScheduled), then
 * completed (FollowUpCompleted); the owner from PlanCreated, because the due list is the owner's.
 *
 * <p>Immutable: {@link #applied} returns a new change, or this one when the event changes nothing.
 */
record FollowUpsChange(String planId, FollowUpPlan storedPlan, FollowUpPlan plan,
                       Map<String, FollowUpChange> followUps) {

    FollowUpsChange {
        followUps = Collections.unmodifiableMap(new LinkedHashMap<>(followUps));
    }

    /** @param stored the follow-ups the poll's events name that are stored, by id */
    static FollowUpsChange from(String planId, FollowUpPlan storedPlan, Map<String, FollowUpEntry> stored) {
        Map<String, FollowUpChange> followUps = new LinkedHashMap<>();
        stored.forEach((id, entry) -> followUps.put(id, FollowUpChange.from(id, entry)));
        return new FollowUpsChange(planId, storedPlan, storedPlan, followUps);
    }

    /** Whether the plan's owner was learnt from its PlanCreated in this poll. */
    boolean planChanged() {
        return plan != null && !plan.equals(storedPlan);
    }

    FollowUpsChange applied(PlanEventEnvelope envelope, PlanEvent event) {
        if (event instanceof PlanCreated created) {
            FollowUpPlan owner = new FollowUpPlan(planId, orElse(created.org(), envelope.org()), created.ownerId(),
                    orElse(created.team(), envelope.team()));
            return owner.equals(plan) ? this : new FollowUpsChange(planId, storedPlan, owner, followUps);
        }
        if (event instanceof EventAttended attended) {
            return scheduled(envelope, attended.followUps());
        }
        if (event instanceof FollowUpScheduled scheduled && scheduled.followUp() != null) {
            return scheduled(envelope, List.of(scheduled.followUp()));
        }
        if (event instanceof FollowUpCompleted completed && !isBlank(completed.followUpId())) {
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put(FollowUpEntry.STATUS, FollowUpStatus.DONE);
            fields.put(FollowUpEntry.COMPLETED_AT, completed.completedAt());
            fields.put(FollowUpEntry.OUTCOME, completed.outcome());
            return changed(envelope, completed.followUpId(), fields);
        }
        if (event instanceof FollowUpRevised revised && !isBlank(revised.followUpId())) {
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put(FollowUpEntry.DUE_ON, revised.dueOn());
            fields.put(FollowUpEntry.ACTION, revised.action());
            return changed(envelope, revised.followUpId(), fields);
        }
        if (event instanceof FollowUpCancelled cancelled && !isBlank(cancelled.followUpId())) {
            return changed(envelope, cancelled.followUpId(), Map.of(FollowUpEntry.STATUS, FollowUpStatus.CANCELLED));
        }
        return this;
    }

    /**
     * Schedules for the plan's owner; should its PlanCreated be missing (a topic whose oldest records expired), the
     * event's own org and actor stand in, rather than a follow-up nobody sees. Follow-ups without an id are passed over.
     */
    private FollowUpsChange scheduled(PlanEventEnvelope envelope, List<FollowUp> scheduled) {
        FollowUpPlan owner = plan != null ? plan
                : new FollowUpPlan(planId, envelope.org(), envelope.actor(), envelope.team());
        Map<String, FollowUpChange> next = new LinkedHashMap<>(followUps);
        for (FollowUp followUp : scheduled) {
            if (followUp == null || isBlank(followUp.followUpId())) {
                continue;
            }
            FollowUpChange current = next.getOrDefault(followUp.followUpId(),
                    FollowUpChange.from(followUp.followUpId(), null));
            if (current.mayApply(planId, envelope.sequence())) {
                next.put(followUp.followUpId(), current.with(planId, envelope.sequence(),
                        schedulingOf(owner, followUp, envelope.occurredAt())));
            }
        }
        return next.equals(followUps) ? this : new FollowUpsChange(planId, storedPlan, plan, next);
    }

    /**
     * A completion, revision or cancellation of a follow-up neither stored nor scheduled changes nothing: per plan the
     * scheduling always comes first, so that can only be an id of another plan.
     */
    private FollowUpsChange changed(PlanEventEnvelope envelope, String followUpId, Map<String, Object> fields) {
        FollowUpChange current = followUps.get(followUpId);
        if (current == null || !current.exists() || !current.mayApply(planId, envelope.sequence())) {
            return this;
        }
        Map<String, FollowUpChange> next = new LinkedHashMap<>(followUps);
        next.put(followUpId, current.with(planId, envelope.sequence(), fields));
        return new FollowUpsChange(planId, storedPlan, plan, next);
    }

    /** Every field of a scheduled follow-up: the plan's owner copied so that a user's list is one query. */
    private static Map<String, Object> schedulingOf(FollowUpPlan owner, FollowUp followUp, Instant scheduledAt) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put(FollowUpEntry.PLAN_ID, owner.planId());
        fields.put(FollowUpEntry.ORG, owner.org());
        fields.put(FollowUpEntry.OWNER_ID, owner.ownerId());
        fields.put(FollowUpEntry.TEAM, owner.team());
        fields.put(FollowUpEntry.CONTACT_ID, followUp.contactId());
        fields.put(FollowUpEntry.PERSON_NAME, followUp.personName());
        fields.put(FollowUpEntry.KEY_ID, followUp.keyId());
        fields.put(FollowUpEntry.TARGET_ID, followUp.targetId());
        fields.put(FollowUpEntry.DUE_ON, followUp.dueOn());
        fields.put(FollowUpEntry.ACTION, followUp.action());
        fields.put(FollowUpEntry.STATUS, FollowUpStatus.OPEN);
        fields.put(FollowUpEntry.SCHEDULED_AT, scheduledAt);
        fields.put(FollowUpEntry.COMPLETED_AT, null);
        fields.put(FollowUpEntry.OUTCOME, null);
        return fields;
    }

    private static String orElse(String value, String fallback) {
        return value != null ? value : fallback;
    }

    static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
