package com.netfocus.planning.objective;

import com.netfocus.contracts.caller.Caller;
import com.netfocus.contracts.plan.SmartVerdicts;
import com.netfocus.planning.limits.OrgSettings;
import com.netfocus.planning.limits.PlanRules;
import com.netfocus.planning.sending.PlanCommands;
import com.netfocus.planning.settings.OrgSettingsStore;
import com.netfocus.planning.view.PlanView;
import com.netfocus.planning.view.PlanViews;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Objectives: define one (assessed, 422 unless Specific, Measurable and Timely), revise it the same way, record
 * progress, declare it achieved or abandoned, or check a draft live. The caller's org settings (limit of active
 * objectives, reference rate) are read here and travel in the commands.
 */
@RestController
class ObjectiveController {

    private static final String OBJECTIVE = "/api/v1/plans/{planId}/objectives/{objectiveId}";

    private final PlanCommands commands;
    private final PlanViews plans;
    private final SmartAssessment assessment;
    private final OrgSettingsStore settings;
    private final Clock clock;

    ObjectiveController(PlanCommands commands, PlanViews plans, PlanRules rules, OrgSettingsStore settings,
                               Clock clock) {
        this.commands = commands;
        this.plans = plans;
        this.assessment = new SmartAssessment(rules.smart());
        this.settings = settings;
        this.clock = clock;
    }

    public record Defined(String objectiveId, SmartVerdicts smart, long version) {
    }

    public record Changed(String objectiveId, long version) {
    }

    public record Checked(SmartVerdicts smart) {
    }

    public record Achieved(String objectiveId, long version, List<ObjectiveWarning> warnings) {
    }

    @PostMapping("/api/v1/plans/{planId}/objectives")
    public ResponseEntity<Defined> define(Caller caller, @PathVariable String planId,
                                          @Valid @RequestBody DefineObjectiveRequest request) {
        String objectiveId = UUID.randomUUID().toString();
        ObjectiveAccepted accepted = commands.send(planId, new DefineObjective(planId, objectiveId,
                request.statement(), request.outcome(), request.metric(), request.target(), request.deadline(),
                LocalDate.now(clock), settings.of(caller.org())), caller);
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(new Defined(objectiveId, accepted.smart(), accepted.version()));
    }

    @PutMapping(OBJECTIVE)
    public Defined revise(Caller caller, @PathVariable String planId, @PathVariable String objectiveId,
                          @Valid @RequestBody DefineObjectiveRequest request) {
        ObjectiveAccepted accepted = commands.send(planId, new ReviseObjective(planId, objectiveId,
                request.statement(), request.outcome(), request.metric(), request.target(), request.deadline(),
                LocalDate.now(clock), settings.of(caller.org())), caller);
        return new Defined(objectiveId, accepted.smart(), accepted.version());
    }

    @PostMapping(OBJECTIVE + "/progress")
    public ResponseEntity<Changed> progress(Caller caller, @PathVariable String planId,
                                            @PathVariable String objectiveId,
                                            @Valid @RequestBody RecordProgressRequest request) {
        long version = commands.send(planId,
                new RecordObjectiveProgress(planId, objectiveId, request.amount(), request.note()), caller);
        return ResponseEntity.status(HttpStatus.CREATED).body(new Changed(objectiveId, version));
    }

    /** Accepted whatever the progress; {@code warnings} says when it falls short of the target. */
    @PostMapping(OBJECTIVE + "/achieved")
    public Achieved achieved(Caller caller, @PathVariable String planId, @PathVariable String objectiveId,
                             @Valid @RequestBody(required = false) AchieveObjectiveRequest request) {
        String note = request == null ? null : request.note();
        ObjectiveClosed closed = commands.send(planId, new AchieveObjective(planId, objectiveId, note), caller);
        return new Achieved(objectiveId, closed.version(), closed.warnings());
    }

    @PostMapping(OBJECTIVE + "/abandoned")
    public Changed abandoned(Caller caller, @PathVariable String planId, @PathVariable String objectiveId,
                             @Valid @RequestBody AbandonObjectiveRequest request) {
        long version = commands.send(planId, new AbandonObjective(planId, objectiveId, request.reason()), caller);
        return new Changed(objectiveId, version);
    }

    @PostMapping("/api/v1/smart-check")
    public Checked check(Caller caller, @RequestBody SmartCheckRequest request) {
        PlanFrame frame = new PlanFrame(request.periodStart(), request.periodEnd(), request.hoursBudget());
        if (request.planId() != null && !request.planId().isBlank()) {
            PlanView plan = plans.current(request.planId(), caller, null);
            frame = new PlanFrame(plan.periodStart(), plan.periodEnd(), plan.hours().budgeted());
        }
        OrgSettings org = settings.of(caller.org());
        return new Checked(assessment.assess(new ObjectiveDraft(request.statement(), request.outcome(),
                request.metric(), request.target(), request.deadline()), frame, LocalDate.now(clock),
                org.peopleMetPerHour()));
    }
}
