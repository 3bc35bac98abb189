package com.netfocus.catalog.teams;

/** A kind of person as the team's plans write it (the first plan's wording of it); null fields mean "any". */
public record ProfileView(String function, String position, String industry) {
}
