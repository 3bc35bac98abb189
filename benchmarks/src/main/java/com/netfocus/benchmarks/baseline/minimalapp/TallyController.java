package com.netfocus.benchmarks.baseline.minimalapp;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.Map;
import java.util.UUID;

/** The minimal app's REST front: open a tally, add to it; and the health answer the launcher waits for. */
@RestController
public class TallyController {

    private final CommandGateway commands;

    public TallyController(CommandGateway commands) {
        this.commands = commands;
    }

    @PostMapping("/tallies")
    @ResponseStatus(HttpStatus.CREATED)
    public Map<String, String> create() {
        String tallyId = UUID.randomUUID().toString();
        commands.sendAndWait(new CreateTally(tallyId));
        return Map.of("tallyId", tallyId);
    }

    @PostMapping("/tallies/{tallyId}/additions")
    public Map<String, String> add(@PathVariable String tallyId, @RequestBody Addition addition) {
        commands.sendAndWait(new AddToTally(tallyId, addition.amount()));
        return Map.of("tallyId", tallyId);
    }

    /** The path and answer the benchmark's process launcher waits for, as it does for the services' actuator. */
    @GetMapping("/actuator/health")
    public Map<String, String> health() {
        return Map.of("status", "UP");
    }

    /** The body of an addition. */
    public record Addition(int amount) {
    }
}
