package com.netfocus.catalog.recommendation;

/**
 * A kind of person expected at a platform and the fraction of the expected attendance they make up.
 * A null or blank field is simply unknown; it only matches targets that do not care about that field.
 */
public record AudienceSegment(String function, String position, String industry, double share) {

    public AudienceSegment {
        if (!(share >= 0 && share <= 1)) {
            throw new IllegalArgumentException("share must be a fraction between 0 and 1, was " + share);
        }
    }
}
