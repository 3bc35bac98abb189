package com.netfocus.planning.plan;

import com.netfocus.contracts.caller.Caller;
import com.netfocus.planning.sending.PlanCommands;
import com.netfocus.planning.settings.OrgSettingsStore;
import com.netfocus.planning.view.PlanView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
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
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Plans: create, revise, read (now or as of a moment), and the audit history. Reads accept {@code minVersion}, the
 * version a command answered, and wait (bounded) until the plan has reached it.
 */
@RestController
@RequestMapping("/api/v1/plans")
@Tag(name = "Plans", description = "Open a plan, read it now or as of a moment, and its audit history.")
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

    public record Created(String planId, @Schema(description = "The plan's version: 0, its first event") long version) {
    }

    public record Revised(String planId, long version) {
    }

    @PostMapping
    @Operation(operationId = "createPlan", summary = "Open a plan", description = "Opens a networking plan with its "
            + "period and hours budget; the caller becomes its owner. Refused (422) when the period ends before it "
            + "starts or the budget is outside the configured bounds.")
    @ApiResponse(responseCode = "201", description = "Opened", headers = @Header(name = "Location",
            description = "Where the plan is read",
            schema = @Schema(type = "string", example = "/api/v1/plans/3f1c9a52-8d4e-4b7a-9e21-5c6d7e8f9a01")))
    @ApiResponse(responseCode = "422", description = "The period ends before it starts, or the hours budget is outside "
            + "the configured bounds; nothing was stored.")
    public ResponseEntity<Created> create(Caller caller, @Valid @RequestBody CreatePlanRequest request) {
        String planId = UUID.randomUUID().toString();
        commands.send(planId, new CreatePlan(planId, request.title(), request.periodStart(), request.periodEnd(),
                request.hoursBudget(), caller.userId(), caller.org(), caller.team(), LocalDate.now(clock),
                settings.of(caller.org())), caller);
        return ResponseEntity.created(URI.create("/api/v1/plans/" + planId)).body(new Created(planId, 0));
    }

    @PatchMapping("/{planId}")
    @Operation(operationId = "revisePlan", summary = "Revise the plan's frame", description = "Any of title, end of "
            + "period and hours budget (what is left out stays as it is), and why. Recorded as PlanRevised, holding "
            + "the whole frame after the revision.")
    @ApiResponse(responseCode = "200", description = "Revised")
    @ApiResponse(responseCode = "422", description = "Nothing to change, a blank title, a budget below the hours "
            + "already planned, or an end before the start, a logged attendance or a chosen programme, or past the "
            + "org's longest plan period; nothing was stored.")
    public Revised revise(Caller caller, @PathVariable String planId, @Valid @RequestBody RevisePlanRequest request) {
        long version = commands.send(planId, new RevisePlan(planId, request.title(), request.periodEnd(),
                request.hoursBudget(), request.reason(), settings.of(caller.org())), caller);
        return new Revised(planId, version);
    }

    @GetMapping("/{planId}")
    @Operation(operationId = "getPlan", summary = "Read a plan, now or as it was", description = "The plan rebuilt "
            + "from its events: objectives with their SMART assessment and progress, targets, outreach, chosen "
            + "platforms, attendance, follow-ups and the hours budgeted, planned and spent. With `asOf`, the plan as it "
            + "stood at that moment, from the events up to it (404 before the plan existed).")
    public PlanView plan(@PathVariable String planId,
                         @Parameter(description = "An ISO-8601 instant: the plan as it was then",
                                 example = "2026-06-10T12:00:00Z")
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
    @Operation(operationId = "getPlanHistory", summary = "The plan's audit history", description = "Every event of "
            + "the plan in order, with who caused it, when, the correlation id of the request and the payload; long "
            + "histories in ranges of sequences.")
    @ApiResponse(responseCode = "200", description = "The events of the range, oldest first", headers = {
            @Header(name = TOTAL_COUNT, description = "How many events the whole history holds",
                    schema = @Schema(type = "integer", example = "240")),
            @Header(name = HttpHeaders.LINK, description = "While more follows: the next range, rel=\"next\"",
                    schema = @Schema(type = "string", example = "</api/v1/plans/3f1c9a52-8d4e-4b7a-9e21-5c6d7e8f9a01/history?"
                            + "fromSequence=100&limit=100>; rel=\"next\""))})
    public ResponseEntity<List<HistoryEntry>> history(Caller caller, @PathVariable String planId,
                                                      @Parameter(description = "The first event of the range "
                                                              + "(default 0)", example = "0")
                                                      @RequestParam(required = false) Long fromSequence,
                                                      @Parameter(description = "How many events at most (default "
                                                              + "and maximum configured: 100 and 1000)",
                                                              example = "100")
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
