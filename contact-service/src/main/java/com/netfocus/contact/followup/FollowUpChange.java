package com.netfocus.contact.followup;

import com.netfocus.support.planevents.PlanSequenceGuard;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One follow-up as stored ({@code stored}, null for one not stored yet) and what the events applied since set on it:
 * the fields ({@code set}, with their values now), the plan it belongs to and its applied sequence. Immutable.
 */
record FollowUpChange(String followUpId, FollowUpEntry stored, String planId, long appliedSequence,
                      Map<String, Object> set) {

    FollowUpChange {
        // a field may be set to null: Map.copyOf would refuse it
        set = Collections.unmodifiableMap(new LinkedHashMap<>(set));
    }

    static FollowUpChange from(String followUpId, FollowUpEntry stored) {
        return stored == null
                ? new FollowUpChange(followUpId, null, null, PlanSequenceGuard.NOTHING_APPLIED, Map.of())
                : new FollowUpChange(followUpId, stored, stored.planId(), stored.appliedSequence(), Map.of());
    }

    /** Whether it is stored or was scheduled by the events applied: a completion of neither changes nothing. */
    boolean exists() {
        return stored != null || !set.isEmpty();
    }

    boolean changed() {
        return !set.isEmpty();
    }

    /**
     * Whether an event of this plan and sequence may change it: not if it is another plan's (an id clash: sequences
     * of different plans are not comparable), nor if an event of this or a later sequence of the plan was applied.
     */
    boolean mayApply(String plan, long sequence) {
        return (planId == null || planId.equals(plan)) && appliedSequence < sequence;
    }

    /** The follow-up with these fields set by the plan's event of this sequence. */
    FollowUpChange with(String plan, long sequence, Map<String, Object> fields) {
        Map<String, Object> next = new LinkedHashMap<>(set);
        next.putAll(fields);
        return new FollowUpChange(followUpId, stored, plan, sequence, next);
    }
}
