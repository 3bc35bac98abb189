package com.netfocus.catalog.planneeds;

import com.netfocus.contracts.plan.EventAttended;
import com.netfocus.contracts.plan.ObjectiveAbandoned;
import com.netfocus.contracts.plan.ObjectiveAchieved;
import com.netfocus.contracts.plan.ObjectiveDefined;
import com.netfocus.contracts.plan.ObjectiveRevised;
import com.netfocus.contracts.plan.PlanCreated;
import com.netfocus.contracts.plan.PlanEvent;
import com.netfocus.contracts.plan.PlanEventEnvelope;
import com.netfocus.contracts.plan.PlatformChosen;
import com.netfocus.contracts.plan.TargetIdentified;
import com.netfocus.contracts.plan.TargetProfile;
import com.netfocus.contracts.plan.UnreadableEventException;
import com.netfocus.support.planevents.PlanEventProjection;
import org.springframework.core.annotation.Order;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Keeps per plan what the recommendation needs: org, team, owner (who may read the advice), period and hours budget (PlanCreated), objective
 * deadlines (ObjectiveDefined, ObjectiveRevised) and which objectives are closed (ObjectiveAchieved,
 * ObjectiveAbandoned), targets (TargetIdentified), chosen platforms and their planned hours (PlatformChosen)
 * and hours spent (EventAttended). Every event, whatever its type, advances the plan's
 * applied sequence, so the version shown with the advice is the plan's own position. Gets each plan event first,
 * before the platform activity.
 */
@Component
@Order(1)
public class PlanNeedsProjection implements PlanEventProjection {

    private final PlanNeedsStore store;

    PlanNeedsProjection(PlanNeedsStore store) {
        this.store = store;
    }

    @Override
    public void apply(PlanEventEnvelope envelope, PlanEvent event) {
        if (event instanceof ObjectiveRevised revised) {
            String objectiveId = required(envelope, revised.objectiveId(), "objectiveId");
            String deadline = revised.deadline() == null ? null : revised.deadline().toString();
            store.applyComputed(envelope.planId(), envelope.org(), envelope.sequence(),
                    needs -> replaceObjective(needs, objectiveId, objective -> objective.revised(deadline)));
        } else if (event instanceof ObjectiveAchieved achieved) {
            String objectiveId = required(envelope, achieved.objectiveId(), "objectiveId");
            store.applyComputed(envelope.planId(), envelope.org(), envelope.sequence(),
                    needs -> replaceObjective(needs, objectiveId, PlanNeeds.NeededObjective::closedNow));
        } else if (event instanceof ObjectiveAbandoned abandoned) {
            String objectiveId = required(envelope, abandoned.objectiveId(), "objectiveId");
            store.applyComputed(envelope.planId(), envelope.org(), envelope.sequence(),
                    needs -> replaceObjective(needs, objectiveId, PlanNeeds.NeededObjective::closedNow));
        } else {
            store.apply(envelope.planId(), envelope.org(), envelope.sequence(), changeFor(envelope, event));
        }
    }

    /** The objectives with one of them changed; an objective not known here stays unknown. */
    private static Update replaceObjective(PlanNeeds needs, String objectiveId,
                                           UnaryOperator<PlanNeeds.NeededObjective> change) {
        List<PlanNeeds.NeededObjective> objectives = needs.objectives().stream()
                .map(objective -> objective.objectiveId().equals(objectiveId) ? change.apply(objective) : objective)
                .toList();
        return new Update().set(PlanNeeds.OBJECTIVES, objectives);
    }

    private static Update changeFor(PlanEventEnvelope envelope, PlanEvent event) {
        if (event instanceof PlanCreated created) {
            return new Update()
                    .set(PlanNeeds.ORG, created.org() != null ? created.org() : envelope.org())
                    .set(PlanNeeds.TEAM, created.team() != null ? created.team() : envelope.team())
                    .set(PlanNeeds.OWNER_ID, created.ownerId())
                    .set(PlanNeeds.PERIOD_START, created.periodStart() == null ? null : created.periodStart().toString())
                    .set(PlanNeeds.PERIOD_END, created.periodEnd() == null ? null : created.periodEnd().toString())
                    .set(PlanNeeds.HOURS_BUDGET, created.hoursBudget());
        }
        if (event instanceof ObjectiveDefined objective) {
            return new Update().push(PlanNeeds.OBJECTIVES, new PlanNeeds.NeededObjective(
                    required(envelope, objective.objectiveId(), "objectiveId"),
                    objective.deadline() == null ? null : objective.deadline().toString(), false));
        }
        if (event instanceof TargetIdentified target) {
            TargetProfile profile = target.profile();
            return new Update().push(PlanNeeds.TARGETS, new PlanNeeds.NeededTarget(
                    required(envelope, target.targetId(), "targetId"), target.objectiveId(), target.contactId(),
                    profile == null ? null : profile.function(), profile == null ? null : profile.position(),
                    profile == null ? null : profile.industry(), target.priority()));
        }
        if (event instanceof PlatformChosen chosen) {
            return new Update().push(PlanNeeds.CHOSEN_PLATFORMS, new PlanNeeds.ChosenPlatform(
                    required(envelope, chosen.platformId(), "platformId"), chosen.plannedHours()));
        }
        if (event instanceof EventAttended attended) {
            return new Update().inc(PlanNeeds.HOURS_SPENT, attended.hoursInvested());
        }
        // Progress, outreach, follow-ups, and types added to the contract later: nothing the advice reads, but
        // the plan's version still moves on.
        return new Update();
    }

    private static String required(PlanEventEnvelope envelope, String value, String field) {
        if (value == null || value.isBlank()) {
            throw new UnreadableEventException(envelope.type() + " " + envelope.eventId() + " has no " + field, null);
        }
        return value;
    }
}
