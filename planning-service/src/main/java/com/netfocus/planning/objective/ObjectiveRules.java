package com.netfocus.planning.objective;

import com.netfocus.contracts.plan.SmartVerdicts;
import com.netfocus.planning.checks.Violations;
import com.netfocus.planning.limits.OrgSettings;
import com.netfocus.planning.limits.PlanRules;
import com.netfocus.planning.limits.TextLimit;
import com.netfocus.planning.state.ObjectiveEntry;
import com.netfocus.planning.state.PlanState;
import com.netfocus.planning.view.ObjectiveProgress;
import com.netfocus.planning.view.PlanViewRenderer;
import com.netfocus.support.problem.FieldError;
import com.netfocus.support.problem.NotFoundException;

import java.time.LocalDate;
import java.util.List;

import static com.netfocus.planning.checks.Violations.blank;

/**
 * The rules of an objective's life: defined within the org's limit of active objectives, worded within the text
 * limit, SMART enough to be kept (Specific, Measurable, Timely refuse; Achievable and Realistic only warn), and
 * changed only while active. Pure: the plan's state, the command and the org's settings decide.
 */
public final class ObjectiveRules {

    private final PlanRules rules;
    private final TextLimit text;

    public ObjectiveRules(PlanRules rules) {
        this.rules = rules;
        this.text = rules.text();
    }

    public List<FieldError> toDefine(PlanState plan, DefineObjective command, OrgSettings settings) {
        int limit = settings.maxActiveObjectives();
        return new Violations()
                .require("objectiveId", command.objectiveId())
                .check(!plan.hasObjective(command.objectiveId()), "objectiveId", "already exists in this plan")
                .check(plan.activeObjectiveCount() < limit, "objectives",
                        "a plan keeps at most " + limit + " active objectives: networking pays off "
                                + "when it is focused, so finish or drop one before adding another")
                .addAll(wording(command.draft()))
                .require("assessedOn", command.assessedOn())
                .errors();
    }

    public List<FieldError> toRevise(ReviseObjective command) {
        return new Violations()
                .addAll(wording(command.draft()))
                .require("assessedOn", command.assessedOn())
                .errors();
    }

    public List<FieldError> toRecordProgress(RecordObjectiveProgress command) {
        Integer amount = command.amount();
        return new Violations()
                .check(amount != null && amount > 0, "amount", "must be a positive number")
                .check(amount == null || amount <= rules.maxProgressAmount(), "amount",
                        "at most " + rules.maxProgressAmount() + " at a time: record progress as it happens")
                .checkLength("note", command.note(), text)
                .errors();
    }

    public List<FieldError> toAchieve(AchieveObjective command) {
        return new Violations().checkLength("note", command.note(), text).errors();
    }

    /**
     * An objective may be declared achieved whatever its progress (the outcome may have come another way), but short
     * of what the org expects it says so, as the Achievable and Realistic doubts of an assessment do.
     */
    public List<ObjectiveWarning> warningsToAchieve(PlanState plan, String objectiveId) {
        ObjectiveProgress progress = PlanViewRenderer.progress(plan, objectiveId);
        if (progress == null || progress.percent() >= rules.achievedWarningBelowPercent()) {
            return List.of();
        }
        return List.of(new ObjectiveWarning(ObjectiveWarning.BELOW_TARGET, progress.percent(),
                "achieved at " + progress.percent() + " % of the target (" + progress.total() + " of "
                        + progress.target() + " recorded): if the outcome was reached another way, say how in the "
                        + "note; otherwise record the progress first, so that the figures show it"));
    }

    public List<FieldError> toAbandon(AbandonObjective command) {
        return new Violations()
                .check(!blank(command.reason()), "reason", "say why the objective is dropped")
                .checkLength("reason", command.reason(), text)
                .errors();
    }

    /**
     * The objective a command changes must be active: unknown is a 404 ({@link NotFoundException}), closed a 422
     * naming its status.
     */
    public static void ensureActive(PlanState plan, String objectiveId, String change) {
        ObjectiveEntry objective = plan.objective(objectiveId);
        if (objective == null) {
            throw new NotFoundException("objective", objectiveId);
        }
        new Violations().check(objective.active(), "objectiveId", "the objective is " + objective.status()
                + "; only an active objective can be " + change).throwIfAny();
    }

    /** The SMART assessment of the draft within the plan; refused (422) when a hard criterion fails. */
    public SmartVerdicts assess(PlanState plan, ObjectiveDraft draft, LocalDate assessedOn, OrgSettings settings) {
        SmartVerdicts smart = new SmartAssessment(rules.smart()).assess(draft,
                new PlanFrame(plan.periodStart(), plan.periodEnd(), plan.hoursBudget()), assessedOn,
                settings.peopleMetPerHour());
        Violations.rejectIfAny(SmartRefusals.of(smart, draft.metric()));
        return smart;
    }

    private List<FieldError> wording(ObjectiveDraft draft) {
        return new Violations()
                .check(!blank(draft.outcome()), "outcome", "say what outcome reaching the objective brings")
                .checkLength("statement", draft.statement(), text)
                .checkLength("outcome", draft.outcome(), text)
                .checkLength("metric", draft.metric(), text)
                .errors();
    }
}
