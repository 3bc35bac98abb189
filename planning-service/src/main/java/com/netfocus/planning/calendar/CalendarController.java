package com.netfocus.planning.calendar;

import com.netfocus.contracts.caller.Caller;
import com.netfocus.contracts.plan.PlatformChosen;
import com.netfocus.planning.briefing.Briefing;
import com.netfocus.planning.briefing.BriefingAssembly;
import com.netfocus.planning.platform.KnownPlatforms;
import com.netfocus.planning.team.TeamChoicesStore;
import com.netfocus.planning.view.PlanView;
import com.netfocus.planning.view.PlanViews;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

/**
 * The plan's chosen platforms as an iCalendar file, each with its place and a short briefing, read as the plan itself is (owner, the team's manager, the org's
 * admins; another org 404), with the same {@code minVersion} wait.
 */
@RestController
@Tag(name = "Platforms")
class CalendarController {

    static final MediaType TEXT_CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);
    /** Identifies the product that wrote the file (RFC 5545 PRODID) and scopes the UIDs. */
    private static final String PRODUCT_ID = "-//Netfocus//Networking plan//EN";
    private static final String UID_DOMAIN = "netfocus";

    private final PlanViews plans;
    private final KnownPlatforms platforms;
    private final TeamChoicesStore teams;
    private final Clock clock;
    private final PlanCalendar calendar = new PlanCalendar(new IcsFile(PRODUCT_ID), UID_DOMAIN);

    CalendarController(PlanViews plans, KnownPlatforms platforms, TeamChoicesStore teams, Clock clock) {
        this.plans = plans;
        this.platforms = platforms;
        this.teams = teams;
        this.clock = clock;
    }

    @GetMapping(path = "/api/v1/plans/{planId}/calendar.ics", produces = "text/calendar")
    @Operation(operationId = "planCalendar", summary = "The chosen platforms as an iCalendar file", description = "One "
            + "VEVENT per chosen platform, blocking the whole stay: from the programme start minus the arrive-early "
            + "minutes to the programme end plus the stay-late minutes. SUMMARY is the platform's name, DESCRIPTION the "
            + "targets it serves and the minutes early and late; the UID is stable per plan and platform, so importing "
            + "the file again updates the events. RFC 5545: CRLF line endings, lines folded at 75 octets, times in UTC.")
    @ApiResponse(responseCode = "200", description = "The calendar (inline, netfocus-plan-<planId>.ics)",
            content = @Content(mediaType = "text/calendar", schema = @Schema(type = "string", example =
                    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Netfocus//Networking plan//EN\r\nBEGIN:VEVENT\r\n"
                            + "UID:3f1c9a52-8d4e-4b7a-9e21-5c6d7e8f9a01-9c8b7a6d-5e4f-4321-a0b9-c8d7e6f5a4b3@netfocus\r\n"
                            + "DTSTART:20260618T070000Z\r\nDTEND:20260618T094500Z\r\n"
                            + "SUMMARY:Retail Procurement Leaders Breakfast\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")))
    ResponseEntity<String> calendar(Caller caller, @PathVariable String planId,
                                    @RequestParam(required = false) Long minVersion) {
        PlanView plan = plans.current(planId, caller, minVersion);
        Map<String, Briefing> briefings = new HashMap<>();
        for (PlatformChosen chosen : plan.platforms()) {
            BriefingAssembly.of(plan, chosen.platformId(),
                            platforms.find(chosen.platformId(), plan.org()).orElse(null),
                            teams.teammatesAt(plan.org(), plan.team(), chosen.platformId(), plan.ownerId()))
                    .ifPresent(briefing -> briefings.put(chosen.platformId(), briefing));
        }
        String ics = calendar.ics(plan, briefings, clock.instant());
        return ResponseEntity.ok()
                .contentType(TEXT_CALENDAR)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline().filename("netfocus-plan-" + planId + ".ics").build().toString())
                .body(ics);
    }
}
