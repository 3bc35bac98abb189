package com.netfocus.contracts.plan;

/** A kind of person to meet when no name is known: by function, position (seniority) and industry. */
public record TargetProfile(String function, String position, String industry) {
}
