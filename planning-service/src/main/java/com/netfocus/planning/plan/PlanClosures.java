package com.netfocus.planning.plan;

import com.netfocus.contracts.caller.Caller;
import com.netfocus.planning.checks.PlanClosedException;
import com.netfocus.planning.sending.PlanCommands;
import com.netfocus.planning.settings.OrgSettingsStore;
import com.netfocus.planning.view.PlanStatus;
import com.netfocus.planning.view.PlanView;
import com.netfocus.support.access.ForbiddenException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Closes a plan, carrying its open work forward if asked, in two commands of one event each (the store has no
 * transaction spanning two plans): first the new plan is opened with the copies (PlanCreated naming the old plan),
 * then the old plan is closed naming the new one. Each step can be done again without effect: the new plan's id is
 * derived from the old one, so a repeated first step finds it opened already, and closing a plan closed with the
 * same next plan records nothing. If the process stops between the steps, {@link CarryForwardCompletion} closes
 * the old plan when the new plan's PlanCreated reaches it; a client that tries again completes it as well.
 */
@Component
class PlanClosures {

    private final PlanCommands commands;
    private final PlanReader plans;
    private final OrgSettingsStore settings;
    private final Clock clock;

    PlanClosures(PlanCommands commands, PlanReader plans, OrgSettingsStore settings, Clock clock) {
        this.commands = commands;
        this.plans = plans;
        this.settings = settings;
        this.clock = clock;
    }

    /** What a closure did: the plan closed, the plan carrying it forward (or null), and the closed plan's version. */
    record Closure(String planId, String nextPlanId, long version) {
    }

    /**
     * Closes the plan for its owner; with {@code terms}, first opens the plan that carries it forward. Only the owner
     * changes a plan (the aggregate checks it again on closing); it is checked here first, so that nobody else's
     * closure opens a plan.
     */
    Closure close(String planId, Caller caller, CarryForwardTerms terms, String reason) {
        PlanView plan = plans.current(planId, caller, null);
        if (!Objects.equals(plan.ownerId(), caller.userId())) {
            throw new ForbiddenException("only the owner of plan " + planId + " may close it");
        }
        String nextPlanId = terms == null ? null : CarriedCopies.nextPlanIdOf(planId);
        if (plan.status() == PlanStatus.CLOSED && !Objects.equals(plan.nextPlanId(), nextPlanId)) {
            throw new PlanClosedException(planId, plan.nextPlanId());
        }
        if (terms != null) {
            openNext(plan, nextPlanId, caller, terms);
        }
        long version = commands.send(planId, new ClosePlan(planId, nextPlanId, reason), caller);
        return new Closure(planId, nextPlanId, version);
    }

    /** Completes a closure whose second step was not done: the old plan closed naming the one that carries it. */
    void complete(String closedPlanId, String nextPlanId, Caller owner) {
        commands.send(closedPlanId, new ClosePlan(closedPlanId, nextPlanId, null), owner);
    }

    private void openNext(PlanView plan, String nextPlanId, Caller caller, CarryForwardTerms terms) {
        // the next plan is opened under the rules of any new plan (its period, the org's longest)
        CreatePlan create = new CreatePlan(nextPlanId, plan.title(), terms.periodStart(), terms.periodEnd(),
                terms.hoursBudget() == null ? 0 : terms.hoursBudget(), caller.userId(), caller.org(), caller.team(),
                LocalDate.now(clock), settings.of(caller.org()),
                CarriedCopies.of(plan, nextPlanId, terms.periodStart(), terms.periodEnd()));
        try {
            commands.send(nextPlanId, create, caller);
        } catch (AggregateStreamCreationException openedBefore) {
            // a closure tried before got this far: the next plan is there, made from this plan
            PlanView next = plans.current(nextPlanId, caller, null);
            if (!plan.planId().equals(next.previousPlanId())) {
                throw openedBefore;
            }
        }
    }
}
