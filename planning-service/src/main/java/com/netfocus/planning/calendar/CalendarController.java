package com.netfocus.planning.calendar;

import com.netfocus.contracts.caller.Caller;
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

/**
 * The plan's chosen platforms as an iCalendar file, read as the plan itself is (owner, the team's manager, the org's
 * admins; another org 404), with the same {@code minVersion} wait.
 */
@RestController
class CalendarController {

    static final MediaType TEXT_CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);
    /** Identifies the product that wrote the file (RFC 5545 PRODID) and scopes the UIDs. */
    private static final String PRODUCT_ID = "-//Netfocus//Networking plan//EN";
    private static final String UID_DOMAIN = "netfocus";

    private final PlanViews plans;
    private final Clock clock;
    private final PlanCalendar calendar = new PlanCalendar(new IcsFile(PRODUCT_ID), UID_DOMAIN);

    CalendarController(PlanViews plans, Clock clock) {
        this.plans = plans;
        this.clock = clock;
    }

    @GetMapping(path = "/api/v1/plans/{planId}/calendar.ics", produces = "text/calendar")
    ResponseEntity<String> calendar(Caller caller, @PathVariable String planId,
                                    @RequestParam(required = false) Long minVersion) {
        String ics = calendar.ics(plans.current(planId, caller, minVersion), clock.instant());
        return ResponseEntity.ok()
                .contentType(TEXT_CALENDAR)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline().filename("netfocus-plan-" + planId + ".ics").build().toString())
                .body(ics);
    }
}
