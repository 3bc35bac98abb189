package com.netfocus.catalog.recommendation;

import com.netfocus.contracts.plan.TargetProfile;

/**
 * A kind of person as a team compares them: function, position and industry as {@link TargetProfile#normalised()}
 * makes them (trimmed, in lower case, a blank field as "", any). Two targets of the same profile look for the same
 * people, whoever in the team names them, so a second rep meeting that profile at the same platform meets nobody new.
 */
public record PersonProfile(String function, String position, String industry) {

    public PersonProfile {
        TargetProfile normalised = new TargetProfile(function, position, industry).normalised();
        function = normalised.function();
        position = normalised.position();
        industry = normalised.industry();
    }

    public static PersonProfile of(TargetNeed target) {
        return new PersonProfile(target.function(), target.position(), target.industry());
    }
}
