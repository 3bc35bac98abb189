package com.netfocus.planning.briefing;

import com.netfocus.contracts.caller.Caller;
import com.netfocus.planning.platform.KnownPlatforms;
import com.netfocus.planning.team.TeamChoicesStore;
import com.netfocus.planning.view.PlanView;
import com.netfocus.planning.view.PlanViews;
import com.netfocus.support.problem.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Planning's part of a chosen platform's briefing, read as the plan itself is (owner, the team's manager, the org's
 * admins; another org 404), with the same {@code minVersion} wait; a platform the plan did not choose is a 404. Its
 * personal fields (people's names) are revealed on the way out as the plan's are.
 */
@RestController
@Tag(name = "Platforms")
public class BriefingController {

    private final PlanViews plans;
    private final KnownPlatforms platforms;
    private final TeamChoicesStore teams;

    BriefingController(PlanViews plans, KnownPlatforms platforms, TeamChoicesStore teams) {
        this.plans = plans;
        this.platforms = platforms;
        this.teams = teams;
    }

    @GetMapping("/api/v1/plans/{planId}/platforms/{platformId}/briefing")
    @Operation(operationId = "platformBriefing", summary = "What to know before a chosen platform", description = "When "
            + "to arrive and leave, where, which of the plan's targets its audience serves and how many such people to "
            + "expect, what outreach learned about them, the teammates going and whom they are after, and the open "
            + "follow-ups with people of those targets. Through the gateway the briefing also holds the owner's known "
            + "contacts who fit those targets (composed with the contact service's known matches).")
    @ApiResponse(responseCode = "200", description = "The briefing")
    @ApiResponse(responseCode = "404", description = "No such plan, or a platform the plan did not choose")
    Briefing briefing(Caller caller, @PathVariable String planId, @PathVariable String platformId,
                      @RequestParam(required = false) Long minVersion) {
        PlanView plan = plans.current(planId, caller, minVersion);
        return BriefingAssembly.of(plan, platformId, platforms.find(platformId, plan.org()).orElse(null),
                        teams.teammatesAt(plan.org(), plan.team(), platformId, plan.ownerId()))
                .orElseThrow(() -> new NotFoundException("chosen platform", platformId));
    }
}
