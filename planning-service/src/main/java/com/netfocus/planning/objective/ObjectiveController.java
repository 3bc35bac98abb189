package com.netfocus.planning.objective;

import com.netfocus.contracts.plan.SmartVerdicts;
import com.netfocus.contracts.caller.Caller;
import com.netfocus.planning.plan.PlanCommands;
import com.netfocus.planning.plan.PlanReader;
import com.netfocus.planning.plan.PlanRules;
import com.netfocus.planning.plan.PlanView;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

/** Objectives: define one (assessed, 422 unless Specific, Measurable and Timely), or check a draft live. */
@RestController
public class ObjectiveController {

    private final PlanCommands commands;
    private final PlanReader reader;
    private final SmartAssessment assessment;
    private final Clock clock;

    public ObjectiveController(PlanCommands commands, PlanReader reader, PlanRules rules, Clock clock) {
        this.commands = commands;
        this.reader = reader;
        this.assessment = new SmartAssessment(rules.smart());
        this.clock = clock;
    }

    public record Defined(String objectiveId, SmartVerdicts smart, long version) {
    }

    public record Checked(SmartVerdicts smart) {
    }

    @PostMapping("/api/v1/plans/{planId}/objectives")
    public ResponseEntity<Defined> define(Caller caller, @PathVariable String planId,
                                          @Valid @RequestBody DefineObjectiveRequest request) {
        String objectiveId = UUID.randomUUID().toString();
        ObjectiveAccepted accepted = commands.send(planId, new DefineObjective(planId, objectiveId,
                request.statement(), request.outcome(), request.metric(), request.target(), request.deadline(),
                LocalDate.now(clock)), caller);
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(new Defined(objectiveId, accepted.smart(), accepted.version()));
    }

    @PostMapping("/api/v1/smart-check")
    public Checked check(Caller caller, @RequestBody SmartCheckRequest request) {
        PlanFrame frame = new PlanFrame(request.periodStart(), request.periodEnd(), request.hoursBudget());
        if (request.planId() != null && !request.planId().isBlank()) {
            PlanView plan = reader.current(request.planId(), caller);
            frame = new PlanFrame(plan.periodStart(), plan.periodEnd(), plan.hours().budgeted());
        }
        return new Checked(assessment.assess(new ObjectiveDraft(request.statement(), request.outcome(),
                request.metric(), request.target(), request.deadline()), frame, LocalDate.now(clock)));
    }
}
