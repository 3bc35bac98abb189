package com.netfocus.planning.plan;

import com.netfocus.contracts.caller.Caller;
import com.netfocus.planning.sending.PlanCommands;
import com.netfocus.planning.view.PlanView;
import jakarta.validation.Valid;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Plans: create, revise, read (now or as of a moment), and the audit history. Reads accept {@code minVersion}, the
 * version a command answered, and wait (bounded) until the plan has reached it.
 */
@RestController
@RequestMapping("/api/v1/plans")
public class PlanController {

    /** The number of events in the whole history, whatever range was asked for. */
    public static final String TOTAL_COUNT = "X-Total-Count";
    private static final String HISTORY = "/api/v1/plans/{planId}/history";

    private final PlanCommands commands;
    private final PlanReader reader;
    private final HistorySettings history;

    public PlanController(PlanCommands commands, PlanReader reader, HistorySettings history) {
        this.commands = commands;
        this.reader = reader;
        this.history = history;
    }

    public record Created(String planId, long version) {
    }

    public record Revised(String planId, long version) {
    }

    @PostMapping
    public ResponseEntity<Created> create(Caller caller, @Valid @RequestBody CreatePlanRequest request) {
        String planId = UUID.randomUUID().toString();
        commands.send(planId, new CreatePlan(planId, request.title(), request.periodStart(), request.periodEnd(),
                request.hoursBudget(), caller.userId(), caller.org(), caller.team()), caller);
        return ResponseEntity.created(URI.create("/api/v1/plans/" + planId)).body(new Created(planId, 0));
    }

    @PatchMapping("/{planId}")
    public Revised revise(Caller caller, @PathVariable String planId, @Valid @RequestBody RevisePlanRequest request) {
        long version = commands.send(planId, new RevisePlan(planId, request.title(), request.periodEnd(),
                request.hoursBudget(), request.reason()), caller);
        return new Revised(planId, version);
    }

    @GetMapping("/{planId}")
    public PlanView plan(@PathVariable String planId,
                         @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant asOf,
                         @RequestParam(required = false) Long minVersion,
                         Caller caller) {
        return asOf == null ? reader.current(planId, caller, minVersion)
                : reader.asOf(planId, asOf, caller, minVersion);
    }

    /**
     * The events in order, as an array (the contract's shape); long histories come in ranges: {@code fromSequence}
     * (default 0) and {@code limit} (default and maximum configured), with {@code X-Total-Count} and, while more
     * follows, a {@code Link: <...>; rel="next"} to the next range.
     */
    @GetMapping("/{planId}/history")
    public ResponseEntity<List<HistoryEntry>> history(Caller caller, @PathVariable String planId,
                                                      @RequestParam(required = false) Long fromSequence,
                                                      @RequestParam(required = false) Integer limit,
                                                      @RequestParam(required = false) Long minVersion) {
        HistoryRange range = history.range(fromSequence, limit);
        HistoryPage page = reader.history(planId, caller, range, minVersion);
        ResponseEntity.BodyBuilder response = ResponseEntity.ok().header(TOTAL_COUNT, String.valueOf(page.total()));
        page.nextFromSequence().ifPresent(next -> response.header(HttpHeaders.LINK,
                "<" + historyRange(planId, next, range.limit()) + ">; rel=\"next\""));
        return response.body(page.items());
    }

    private static String historyRange(String planId, long fromSequence, int limit) {
        return UriComponentsBuilder.fromPath(HISTORY).queryParam("fromSequence", fromSequence)
                .queryParam("limit", limit).buildAndExpand(planId).encode().toUriString();
    }
}
