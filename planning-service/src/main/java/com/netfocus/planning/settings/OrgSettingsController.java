package com.netfocus.planning.settings;

import com.netfocus.contracts.caller.Caller;
import com.netfocus.contracts.caller.Roles;
import com.netfocus.planning.checks.Violations;
import com.netfocus.planning.limits.OrgSettings;
import com.netfocus.support.access.RequiresRole;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;

/** The caller's org settings: anyone in the org reads them, only an admin changes them. */
@RestController
@RequestMapping("/api/v1/org-settings")
@Tag(name = "Org settings", description = "The org's limits: active objectives per plan, the reference pace.")
class OrgSettingsController {

    private final OrgSettingsStore store;
    private final OrgSettingsBounds bounds;
    private final Clock clock;

    OrgSettingsController(OrgSettingsStore store, OrgSettingsBounds bounds, Clock clock) {
        this.store = store;
        this.bounds = bounds;
        this.clock = clock;
    }

    /** {@code customised} is false while the org runs on the service's defaults. */
    public record Shown(String org,
                        @Schema(description = "Active objectives a plan may pursue at once", example = "3")
                        int maxActiveObjectives,
                        @Schema(description = "The reference rate of people met per hour at a platform, for the "
                                + "Achievable check", example = "1.5") double peopleMetPerHour,
                        @Schema(description = "How long before a programme an arrival may be logged, in minutes",
                                example = "360") int minutesBeforeProgram,
                        @Schema(description = "How long after a programme a departure may be logged, in minutes",
                                example = "360") int minutesAfterProgram,
                        @Schema(description = "The longest plan period, in months", example = "36") int maxPlanMonths,
                        @Schema(description = "Whether a choice that sends a second rep of a team to the same people "
                                + "at the same platform is refused (else it is a warning)") boolean refuseTeamOverlap,
                        @Schema(description = "False while the org runs on the service's defaults") boolean customised) {

        static Shown of(String org, OrgSettings settings, boolean customised) {
            return new Shown(org, settings.maxActiveObjectives(), settings.peopleMetPerHour(),
                    settings.minutesBeforeProgram(), settings.minutesAfterProgram(), settings.maxPlanMonths(),
                    settings.refuseTeamOverlap(), customised);
        }
    }

    @GetMapping
    @Operation(operationId = "getOrgSettings", summary = "The caller's org settings",
            description = "Anyone of the org reads them.")
    public Shown show(Caller caller) {
        return store.saved(caller.org()).map(saved -> Shown.of(caller.org(), saved, true))
                .orElseGet(() -> Shown.of(caller.org(), store.of(caller.org()), false));
    }

    @PutMapping
    @RequiresRole(Roles.ADMIN)
    @Operation(operationId = "changeOrgSettings", summary = "Change the org settings")
    @ApiResponse(responseCode = "200", description = "The new settings")
    @ApiResponse(responseCode = "422", description = "A value outside the configured bounds; nothing was stored.")
    public Shown change(Caller caller, @Valid @RequestBody OrgSettingsRequest request) {
        new Violations()
                .check(bounds.allowsActiveObjectives(request.maxActiveObjectives()), "maxActiveObjectives",
                        "must be between " + bounds.minActiveObjectives() + " and " + bounds.maxActiveObjectives()
                                + ": a plan pursues a few focused objectives")
                .check(bounds.allowsPeopleMetPerHour(request.peopleMetPerHour()), "peopleMetPerHour",
                        "must be between " + bounds.minPeopleMetPerHour() + " and " + bounds.maxPeopleMetPerHour()
                                + " people per hour")
                .check(bounds.allowsMinutesAroundProgram(request.minutesBeforeProgram()), "minutesBeforeProgram",
                        aroundProgram("an arrival may be logged before the programme"))
                .check(bounds.allowsMinutesAroundProgram(request.minutesAfterProgram()), "minutesAfterProgram",
                        aroundProgram("a departure may be logged after the programme"))
                .check(bounds.allowsPlanMonths(request.maxPlanMonths()), "maxPlanMonths",
                        "must be between " + bounds.minPlanMonths() + " and " + bounds.maxPlanMonths()
                                + " months: the longest period one plan may span")
                .throwIfAny();
        OrgSettings defaults = store.defaults();
        OrgSettings settings = new OrgSettings(request.maxActiveObjectives(), request.peopleMetPerHour(),
                orDefault(request.minutesBeforeProgram(), defaults.minutesBeforeProgram()),
                orDefault(request.minutesAfterProgram(), defaults.minutesAfterProgram()),
                orDefault(request.maxPlanMonths(), defaults.maxPlanMonths()),
                Boolean.TRUE.equals(request.refuseTeamOverlap()));
        store.save(caller.org(), settings, caller.userId(), clock.instant());
        return Shown.of(caller.org(), settings, true);
    }

    private String aroundProgram(String what) {
        return "must be between 0 and " + bounds.maxMinutesAroundProgram() + " minutes: how long " + what;
    }

    private static int orDefault(Integer value, int defaultValue) {
        return value == null ? defaultValue : value;
    }
}
