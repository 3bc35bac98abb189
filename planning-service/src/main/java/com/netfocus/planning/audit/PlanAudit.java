package com.netfocus.planning.audit;

import com.netfocus.contracts.plan.PlanCreated;
import com.netfocus.contracts.plan.PlanEvent;
import com.netfocus.contracts.plan.PlanEventEnvelope;
import com.netfocus.support.planevents.PlanSequenceGuard;

import java.util.ArrayList;
import java.util.List;

/**
 * What the trail knows of one plan: its team (as its creation named it), the last sequence recorded, and the entries
 * of the poll's events not recorded yet. Immutable: each event gives a new one, the same if it was recorded already.
 *
 * @param stored   whether the plan's document existed when it was read
 * @param recorded the last sequence recorded ({@link PlanSequenceGuard#NOTHING_APPLIED} before the first)
 * @param team     the plan's team, null until its {@code PlanCreated} was seen
 * @param entries  the entries to record, in the order of their events
 */
record PlanAudit(String planId, boolean stored, long recorded, String team, List<AuditEntry> entries) {

    PlanAudit {
        entries = List.copyOf(entries);
    }

    static PlanAudit unknown(String planId) {
        return new PlanAudit(planId, false, PlanSequenceGuard.NOTHING_APPLIED, null, List.of());
    }

    /** With the event's entry, under the plan's team (the caller's while the plan's is unknown). */
    PlanAudit with(PlanEventEnvelope envelope, PlanEvent event) {
        if (!PlanSequenceGuard.mayApply(recorded, envelope.sequence())) {
            return this;
        }
        String planTeam = team == null && event instanceof PlanCreated created ? created.team() : team;
        List<AuditEntry> more = new ArrayList<>(entries);
        more.add(AuditEntries.ofPlanEvent(envelope, planTeam));
        return new PlanAudit(planId, stored, envelope.sequence(), planTeam, more);
    }
}
