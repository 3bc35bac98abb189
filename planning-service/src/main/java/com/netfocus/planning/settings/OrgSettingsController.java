package com.netfocus.planning.settings;

import com.netfocus.contracts.caller.Caller;
import com.netfocus.contracts.caller.Roles;
import com.netfocus.planning.checks.Violations;
import com.netfocus.planning.limits.OrgSettings;
import com.netfocus.support.access.RequiresRole;
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
    public record Shown(String org, int maxActiveObjectives, double peopleMetPerHour, boolean refuseTeamOverlap,
                        boolean customised) {

        static Shown of(String org, OrgSettings settings, boolean customised) {
            return new Shown(org, settings.maxActiveObjectives(), settings.peopleMetPerHour(),
                    settings.refuseTeamOverlap(), customised);
        }
    }

    @GetMapping
    public Shown show(Caller caller) {
        return store.saved(caller.org()).map(saved -> Shown.of(caller.org(), saved, true))
                .orElseGet(() -> Shown.of(caller.org(), store.of(caller.org()), false));
    }

    @PutMapping
    @RequiresRole(Roles.ADMIN)
    public Shown change(Caller caller, @Valid @RequestBody OrgSettingsRequest request) {
        new Violations()
                .check(bounds.allowsActiveObjectives(request.maxActiveObjectives()), "maxActiveObjectives",
                        "must be between " + bounds.minActiveObjectives() + " and " + bounds.maxActiveObjectives()
                                + ": a plan pursues a few focused objectives")
                .check(bounds.allowsPeopleMetPerHour(request.peopleMetPerHour()), "peopleMetPerHour",
                        "must be between " + bounds.minPeopleMetPerHour() + " and " + bounds.maxPeopleMetPerHour()
                                + " people per hour")
                .throwIfAny();
        OrgSettings settings = new OrgSettings(request.maxActiveObjectives(), request.peopleMetPerHour(),
                Boolean.TRUE.equals(request.refuseTeamOverlap()));
        store.save(caller.org(), settings, caller.userId(), clock.instant());
        return Shown.of(caller.org(), settings, true);
    }
}
