package com.netfocus.planning.platform;

import com.netfocus.contracts.caller.Caller;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.netfocus.planning.sending.PlanCommands;
import com.netfocus.planning.settings.OrgSettingsStore;
import com.netfocus.planning.team.TeamChoicesStore;
import com.netfocus.planning.team.Teammates;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.util.List;

/**
 * Platform choices: choose one, or withdraw a choice not attended. To choose, the platform is looked up in the local
 * copy of the caller's org catalog and its name, programme times and audience go into the command, with the service's
 * clock and the teammates already going there (planning's own team projection); an unknown platform reaches the
 * aggregate without them and is refused there (after the plan's own existence and org are checked, so an unknown plan
 * is still a 404).
 */
@RestController
@Tag(name = "Platforms", description = "Where: platforms chosen for the people who attend them.")
class PlatformController {

    private final PlanCommands commands;
    private final KnownPlatforms platforms;
    private final TeamChoicesStore teams;
    private final OrgSettingsStore settings;
    private final Clock clock;

    PlatformController(PlanCommands commands, KnownPlatforms platforms, TeamChoicesStore teams,
                       OrgSettingsStore settings, Clock clock) {
        this.commands = commands;
        this.platforms = platforms;
        this.teams = teams;
        this.settings = settings;
        this.clock = clock;
    }

    /** The accepted choice; {@code warnings} is left out when there is none (a TEAM_OVERLAP otherwise). */
    public record Chosen(String platformId,
                         @Schema(description = "The plan's hours planned with this choice", example = "2.75")
                         double plannedHours, long version,
                         @Schema(description = "Left out when there is none: TEAM_OVERLAP when teammates already go "
                                 + "there for the same people")
                         @JsonInclude(JsonInclude.Include.NON_EMPTY) List<TeamOverlap> warnings) {
    }

    public record Withdrawn(String platformId, long version) {
    }

    @PostMapping("/api/v1/plans/{planId}/platforms")
    @Operation(operationId = "choosePlatform", summary = "Choose a platform (where)", description = "Chosen for the "
            + "targets it serves, with the minutes to arrive early and stay late (most networking happens before and "
            + "after the programme).")
    @ApiResponse(responseCode = "201", description = "Chosen, with the hours now planned; a TEAM_OVERLAP warning when a "
            + "teammate's plan chose the same platform for a target of the same profile")
    @ApiResponse(responseCode = "422", description = "Over the hours budget, serving no target of the plan, a "
            + "platform the org's catalog does not list, or (where the org's settings say refuseTeamOverlap) a "
            + "platform teammates already go to for the same people, naming them; nothing was stored.")
    public ResponseEntity<Chosen> choose(Caller caller, @PathVariable String planId,
                                         @Valid @RequestBody ChoosePlatformRequest request) {
        KnownPlatform platform = platforms.find(request.platformId(), caller.org()).orElse(null);
        // only the owner changes a plan: the caller's team is the plan's, unless the owner moved (the aggregate checks)
        Teammates teammates = new Teammates(caller.team(), teams.teammatesAt(caller.org(), caller.team(),
                request.platformId(), caller.userId()));
        ChoosePlatform command = new ChoosePlatform(planId, request.platformId(),
                platform == null ? null : platform.name(), request.targetIds(),
                platform == null ? null : platform.programStartsAt(), platform == null ? null : platform.programEndsAt(),
                request.arriveEarlyMinutes(), request.stayLateMinutes(), platform == null ? null : platform.audience(),
                clock.instant(), teammates, settings.of(caller.org()).refuseTeamOverlap());
        PlatformAccepted accepted = commands.send(planId, command, caller);
        return ResponseEntity.status(HttpStatus.CREATED).body(new Chosen(request.platformId(),
                accepted.plannedHours(), accepted.version(), accepted.warnings()));
    }

    @DeleteMapping(path = "/api/v1/plans/{planId}/platforms/{platformId}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "withdrawPlatform", summary = "Withdraw a chosen platform", description = "Frees its "
            + "planned hours. The body, {reason}, is optional.")
    @ApiResponse(responseCode = "200", description = "Withdrawn")
    @ApiResponse(responseCode = "422", description = "The platform is not chosen in the plan, or an attendance is "
            + "logged at it (retract that first); nothing was stored.")
    public Withdrawn withdraw(Caller caller, @PathVariable String planId, @PathVariable String platformId,
                              @Valid @RequestBody(required = false) WithdrawalRequest request) {
        long version = commands.send(planId, new WithdrawPlatform(planId, platformId,
                request == null ? null : request.reason()), caller);
        return new Withdrawn(platformId, version);
    }
}
