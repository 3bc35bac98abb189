package com.netfocus.planning.target;

import com.netfocus.contracts.caller.Caller;
import com.netfocus.planning.plan.PlanCommands;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.util.UUID;

/** Targets: the people (or kinds of people) an objective needs. */
@RestController
public class TargetController {

    private final PlanCommands commands;

    public TargetController(PlanCommands commands) {
        this.commands = commands;
    }

    public record Identified(String targetId, long version) {
    }

    @PostMapping("/api/v1/plans/{planId}/targets")
    public ResponseEntity<Identified> identify(Caller caller, @PathVariable String planId,
                                               @Valid @RequestBody IdentifyTargetRequest request) {
        String targetId = UUID.randomUUID().toString();
        long version = commands.send(planId, new IdentifyTarget(planId, targetId, request.objectiveId(),
                request.contactId(), request.profile(), request.priority(), request.rationale()), caller);
        return ResponseEntity.status(HttpStatus.CREATED).body(new Identified(targetId, version));
    }
}
