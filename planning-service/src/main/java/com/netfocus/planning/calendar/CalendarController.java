package com.netfocus.planning.calendar;

import com.netfocus.contracts.caller.Caller;
import com.netfocus.contracts.plan.PlatformChosen;
import com.netfocus.planning.briefing.Briefing;
import com.netfocus.planning.briefing.BriefingAssembly;
import com.netfocus.planning.platform.KnownPlatforms;
import com.netfocus.planning.team.TeamChoicesStore;
import com.netfocus.planning.view.PlanView;
import com.netfocus.planning.view.PlanViews;
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

    @GetMapping("/api/v1/plans/{planId}/calendar.ics")
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
