package com.netfocus.catalog.recommendation;

/** A target a platform serves, and how many people of that kind are expected there. */
public record ServedTarget(String targetId, double expectedPeople) {
}
