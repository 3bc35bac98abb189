package com.netfocus.contracts.plan;

import java.util.Locale;

/** A kind of person to meet when no name is known: by function, position (seniority) and industry. */
public record TargetProfile(String function, String position, String industry) {

    /**
     * The profile as profiles are compared across plans: each field trimmed and in lower case, a missing or blank one
     * as "" (any). Two targets whose normalised profiles are equal look for the same people.
     */
    public TargetProfile normalised() {
        return new TargetProfile(normalised(function), normalised(position), normalised(industry));
    }

    private static String normalised(String text) {
        return text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
    }
}
