package com.netfocus.planning.objective;

import com.netfocus.contracts.caller.Caller;
import com.netfocus.contracts.plan.SmartVerdicts;
import com.netfocus.planning.limits.OrgSettings;
import com.netfocus.planning.limits.PlanRules;
import com.netfocus.planning.sending.PlanCommands;
import com.netfocus.planning.settings.OrgSettingsStore;
import com.netfocus.planning.view.PlanView;
import com.netfocus.planning.view.PlanViews;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
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
@Tag(name = "Objectives", description = "Why: the plan's focused objectives, each assessed SMART.")
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

    public record Defined(String objectiveId, @Schema(description = "Each SMART criterion: ok, and why")
                          SmartVerdicts smart, @Schema(description = "The plan's new version") long version) {
    }

    public record Changed(String objectiveId, long version) {
    }

    public record Checked(SmartVerdicts smart) {
    }

    public record Achieved(String objectiveId, long version, List<ObjectiveWarning> warnings) {
    }

    @PostMapping("/api/v1/plans/{planId}/objectives")
    @Operation(operationId = "defineObjective", summary = "Define an objective (why)", description = "Assessed SMART: "
            + "refused unless Specific, Measurable and Timely; Achievable and Realistic failing become warnings. At "
            + "most the org's limit of active objectives.")
    @ApiResponse(responseCode = "201", description = "Defined, with its assessment")
    @ApiResponse(responseCode = "422", description = "Not Specific, Measurable or Timely (each failed criterion a "
            + "field with its reason), or over the org's limit of active objectives; nothing was stored.")
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
    @Operation(operationId = "reviseObjective", summary = "Revise an objective",
            description = "The new wording, assessed as a new objective is.")
    @ApiResponse(responseCode = "200", description = "Revised, with its assessment")
    public Defined revise(Caller caller, @PathVariable String planId, @PathVariable String objectiveId,
                          @Valid @RequestBody DefineObjectiveRequest request) {
        ObjectiveAccepted accepted = commands.send(planId, new ReviseObjective(planId, objectiveId,
                request.statement(), request.outcome(), request.metric(), request.target(), request.deadline(),
                LocalDate.now(clock), settings.of(caller.org())), caller);
        return new Defined(objectiveId, accepted.smart(), accepted.version());
    }

    @PostMapping(OBJECTIVE + "/progress")
    @Operation(operationId = "recordObjectiveProgress", summary = "Record progress by hand", description = "Progress "
            + "that no event of the plan shows (a meeting booked, say); people met and outreach on the objective's "
            + "targets count by themselves.")
    @ApiResponse(responseCode = "201", description = "Recorded")
    public ResponseEntity<Changed> progress(Caller caller, @PathVariable String planId,
                                            @PathVariable String objectiveId,
                                            @Valid @RequestBody RecordProgressRequest request) {
        long version = commands.send(planId,
                new RecordObjectiveProgress(planId, objectiveId, request.amount(), request.note()), caller);
        return ResponseEntity.status(HttpStatus.CREATED).body(new Changed(objectiveId, version));
    }

    /** Accepted whatever the progress; {@code warnings} says when it falls short of the target. */
    @PostMapping(OBJECTIVE + "/achieved")
    @Operation(operationId = "achieveObjective", summary = "Declare an objective achieved",
            description = "The body (a note) may be left out. Achieving far below the target is accepted with a "
                    + "warning in the answer.")
    @ApiResponse(responseCode = "200", description = "Achieved, with any warnings")
    public Achieved achieved(Caller caller, @PathVariable String planId, @PathVariable String objectiveId,
                             @Valid @RequestBody(required = false) AchieveObjectiveRequest request) {
        String note = request == null ? null : request.note();
        ObjectiveClosed closed = commands.send(planId, new AchieveObjective(planId, objectiveId, note), caller);
        return new Achieved(objectiveId, closed.version(), closed.warnings());
    }

    @PostMapping(OBJECTIVE + "/abandoned")
    @Operation(operationId = "abandonObjective", summary = "Abandon an objective, saying why")
    @ApiResponse(responseCode = "200", description = "Abandoned")
    public Changed abandoned(Caller caller, @PathVariable String planId, @PathVariable String objectiveId,
                             @Valid @RequestBody AbandonObjectiveRequest request) {
        long version = commands.send(planId, new AbandonObjective(planId, objectiveId, request.reason()), caller);
        return new Changed(objectiveId, version);
    }

    @PostMapping("/api/v1/smart-check")
    @Operation(operationId = "checkSmart", summary = "Assess a draft objective (stored nowhere)", description = "The "
            + "same SMART assessment as defining an objective, as live feedback. With a planId, against that plan's "
            + "period and budget; otherwise against the period and budget given, if any.")
    @ApiResponse(responseCode = "200", description = "The assessment")
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
