package com.netfocus.support.access;

/**
 * Whose something is (a plan, a contact): the org it belongs to, the team it was made in and the user who owns
 * it. Any part may be unknown (null); an unknown org makes the thing unknown to everybody.
 */
public record Ownership(String org, String team, String ownerId) {
}
