package com.netfocus.contact.followup;

import com.netfocus.contracts.caller.Caller;
import com.netfocus.support.paging.PageOf;
import com.netfocus.support.paging.PageRequestCheck;
import com.netfocus.support.paging.PagingProperties;
import com.netfocus.support.settings.Settings;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.core.env.Environment;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.LocalDate;

@RestController
@Tag(name = "Follow-ups", description = "What was promised to whom, by when.")
class FollowUpsController {

    private final DueFollowUps followUps;
    private final DueHorizon horizon;
    private final PagingProperties paging;
    private final Clock clock;

    FollowUpsController(DueFollowUps followUps, FollowUpProperties properties, Environment environment, Clock clock) {
        this.followUps = followUps;
        this.horizon = new DueHorizon(properties);
        this.paging = Settings.bind(environment, "netfocus.contact.paging", PagingProperties.class);
        this.clock = clock;
    }

    /**
     * The caller's own follow-ups due by {@code dueBy} (ISO date; default today plus the configured horizon),
     * open ones unless {@code status} says DONE or ALL. "Today" is the service clock's date.
     */
    @GetMapping("/api/v1/follow-ups")
    @Operation(operationId = "dueFollowUps", summary = "The caller's due follow-ups", description = "The caller's own "
            + "follow-ups due by `dueBy` (default: today plus the configured horizon), open ones unless `status` says "
            + "DONE or ALL.")
    @ApiResponse(responseCode = "200", description = "One page, soonest due first")
    @ApiResponse(responseCode = "422", description = "`dueBy` beyond today plus the configured maximum horizon")
    PageOf<FollowUpView> due(Caller caller,
                             @Parameter(description = "An ISO date: what is due by then", example = "2026-06-30")
                             @RequestParam(name = DueHorizon.DUE_BY, required = false)
                             @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueBy,
                             @RequestParam(defaultValue = "OPEN") StatusFilter status,
                             @RequestParam(defaultValue = "0") int page,
                             @RequestParam(required = false) Integer size) {
        int pageSize = PageRequestCheck.checkedSize(page, size, paging);
        LocalDate today = LocalDate.now(clock);
        return followUps.of(caller, horizon.dueBy(dueBy, today), status, today, page, pageSize);
    }
}
