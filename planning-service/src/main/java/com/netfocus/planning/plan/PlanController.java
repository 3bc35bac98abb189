package com.netfocus.planning.plan;

import com.netfocus.contracts.caller.Caller;
import jakarta.validation.Valid;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Plans: create, read (now or as of a moment), and the audit history. */
@RestController
@RequestMapping("/api/v1/plans")
public class PlanController {

    private final PlanCommands commands;
    private final PlanReader reader;

    public PlanController(PlanCommands commands, PlanReader reader) {
        this.commands = commands;
        this.reader = reader;
    }

    public record Created(String planId, long version) {
    }

    @PostMapping
    public ResponseEntity<Created> create(Caller caller, @Valid @RequestBody CreatePlanRequest request) {
        String planId = UUID.randomUUID().toString();
        commands.send(planId, new CreatePlan(planId, request.title(), request.periodStart(), request.periodEnd(),
                request.hoursBudget(), caller.userId(), caller.org(), caller.team()), caller);
        return ResponseEntity.created(URI.create("/api/v1/plans/" + planId)).body(new Created(planId, 0));
    }

    @GetMapping("/{planId}")
    public PlanView plan(@PathVariable String planId,
                         @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant asOf,
                         Caller caller) {
        return asOf == null ? reader.current(planId, caller) : reader.asOf(planId, asOf, caller);
    }

    @GetMapping("/{planId}/history")
    public List<HistoryEntry> history(Caller caller, @PathVariable String planId) {
        return reader.history(planId, caller);
    }

}
