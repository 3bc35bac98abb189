package com.netfocus.catalog.teams;

import com.netfocus.catalog.planneeds.PlanNeeds;
import com.netfocus.catalog.recommendation.PersonProfile;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** How a team's profiles are shown: each as the first of the given plans that names it wrote it. */
final class TeamProfiles {

    private TeamProfiles() {
    }

    static Map<PersonProfile, ProfileView> shown(List<PlanNeeds> plans) {
        Map<PersonProfile, ProfileView> shown = new LinkedHashMap<>();
        plans.forEach(plan -> plan.targets().stream().filter(PlanNeeds.NeededTarget::isProfile)
                .forEach(target -> shown.putIfAbsent(profileOf(target),
                        new ProfileView(target.function(), target.position(), target.industry()))));
        return shown;
    }

    static PersonProfile profileOf(PlanNeeds.NeededTarget target) {
        return new PersonProfile(target.function(), target.position(), target.industry());
    }
}
