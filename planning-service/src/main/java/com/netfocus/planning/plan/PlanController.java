package com.netfocus.planning.plan;

import com.netfocus.contracts.caller.Caller;
import com.netfocus.planning.sending.PlanCommands;
import com.netfocus.planning.settings.OrgSettingsStore;
import com.netfocus.planning.view.PlanView;
import jakarta.validation.Valid;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Plans: create, read (now or as of a moment), and the audit history. Reads accept {@code minVersion}, the version a
 * command answered, and wait (bounded) until the plan has reached it.
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
    private final OrgSettingsStore settings;
    private final Clock clock;

    public PlanController(PlanCommands commands, PlanReader reader, HistorySettings history,
                          OrgSettingsStore settings, Clock clock) {
        this.commands = commands;
        this.reader = reader;
        this.history = history;
        this.settings = settings;
        this.clock = clock;
    }

    public record Created(String planId, long version) {
    }

    @PostMapping
    public ResponseEntity<Created> create(Caller caller, @Valid @RequestBody CreatePlanRequest request) {
        String planId = UUID.randomUUID().toString();
        commands.send(planId, new CreatePlan(planId, request.title(), request.periodStart(), request.periodEnd(),
                request.hoursBudget(), caller.userId(), caller.org(), caller.team(), LocalDate.now(clock),
                settings.of(caller.org())), caller);
        return ResponseEntity.created(URI.create("/api/v1/plans/" + planId)).body(new Created(planId, 0));
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
