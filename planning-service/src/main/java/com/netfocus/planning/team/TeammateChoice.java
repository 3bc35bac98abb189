package com.netfocus.planning.team;

import com.netfocus.contracts.plan.TargetProfile;

import java.util.List;

/** A teammate's plan that chose a platform, and the profiles (as that plan wrote them) it chose it for. */
public record TeammateChoice(String ownerId, String planId, List<TargetProfile> profiles) {

    public TeammateChoice {
        profiles = List.copyOf(profiles);
    }
}
