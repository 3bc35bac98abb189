package com.netfocus.planning.planlist;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A set of plans a list is asked for: an owner's, a team's, an owner's within a team, or an org's. Each plan has an
 * entry in each of its four scopes; a scope keeps its entries in buckets by the week the plans start in (ISO weeks,
 * {@code 2030-W07}), and counts them per bucket and status in a directory of its own, so that listing a scope reads the
 * directory and the buckets a page needs by {@code _id}: the
 * one index the embedded wire server serves such queries from (it serves a query from an index only when the query's
 * fields are exactly the index's, and implements no other kind a listing could use). The parts of an id are encoded to
 * letters, digits, '-', '_' and '%', so that '|' separates them unambiguously.
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

    /** The id of the scope's directory of buckets. */
    String id() {
        return Stream.concat(Stream.of(kind), parts.stream().map(ListScope::encode))
                .collect(Collectors.joining(SEPARATOR));
    }

    /** The week (ISO, {@code 2030-W07}) a plan starting on {@code periodStart} is kept in: sorts as it runs. */
    static String weekOf(LocalDate periodStart) {
        return String.format("%d-W%02d", periodStart.get(IsoFields.WEEK_BASED_YEAR),
                periodStart.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    /** The id of the bucket holding the entries of plans starting in {@code week}. */
    String bucketId(String week) {
        return id() + SEPARATOR + week;
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
