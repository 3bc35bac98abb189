package com.netfocus.contracts.catalog;

/**
 * A kind of person expected at a platform (function, position, industry; any may be absent) and the fraction of the
 * expected attendance they make up.
 */
public record AudienceShare(String function, String position, String industry, double share) {
}
