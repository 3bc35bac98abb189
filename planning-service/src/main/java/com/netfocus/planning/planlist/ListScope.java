package com.netfocus.planning.planlist;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A set of plans a list is asked for: an owner's, a team's, an owner's within a team, or an org's. Each plan has an
 * entry in each of its four scopes, whose id starts with the scope's prefix followed by the plan's status, so that
 * the scope (and a status) is found by a prefix of the entries' {@code _id}: served by the {@code _id} index on MongoDB
 * and on the embedded wire server alike (which serves a query from an index only when the query's fields are exactly
 * the index's, and has no other index a listing could use). The parts are encoded to letters, digits, '-', '_' and
 * '%', so that '|' separates them unambiguously and a prefix is a plain regular expression.
 */
record ListScope(String kind, List<String> parts) {

    private static final String SEPARATOR = "|";

    static ListScope owner(String org, String ownerId) {
        return new ListScope("owner", List.of(org, ownerId));
    }

    static ListScope team(String org, String team) {
        return new ListScope("team", List.of(org, team));
    }

    static ListScope member(String org, String team, String ownerId) {
        return new ListScope("member", List.of(org, team, ownerId));
    }

    static ListScope org(String org) {
        return new ListScope("org", List.of(org));
    }

    /** The four scopes a plan is listed in. */
    static List<ListScope> of(ListedPlan plan) {
        return List.of(owner(plan.org(), plan.ownerId()), team(plan.org(), plan.team()),
                member(plan.org(), plan.team(), plan.ownerId()), org(plan.org()));
    }

    /** The id of a plan's entry in this scope; the plan's status and start make its place in the scope's order. */
    String entryId(ListedPlan plan) {
        return prefix(plan.status()) + plan.periodStart() + SEPARATOR + encode(plan.planId());
    }

    /** What the ids of this scope's entries (of plans in {@code status}, or of any when null) start with. */
    String prefix(ListStatus status) {
        String scope = Stream.concat(Stream.of(kind), parts.stream().map(ListScope::encode))
                .collect(Collectors.joining(SEPARATOR)) + SEPARATOR;
        return status == null ? scope : scope + status.name() + SEPARATOR;
    }

    /** The prefix as an anchored regular expression (only the separator needs escaping). */
    String pattern(ListStatus status) {
        return "^" + prefix(status).replace(SEPARATOR, "\\" + SEPARATOR);
    }

    private static String encode(String part) {
        StringBuilder encoded = new StringBuilder();
        for (byte b : (part == null ? "" : part).getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xFF);
            if (c < 0x80 && (Character.isLetterOrDigit(c) || c == '-' || c == '_')) {
                encoded.append(c);
            } else {
                encoded.append('%').append(String.format("%02X", b & 0xFF));
            }
        }
        return encoded.toString();
    }
}
