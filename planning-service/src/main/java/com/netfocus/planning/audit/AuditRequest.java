package com.netfocus.planning.audit;

import com.netfocus.contracts.caller.Caller;
import com.netfocus.planning.checks.Violations;
import com.netfocus.support.input.TextKind;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * The audit endpoint's parameters, checked together (every broken one named at once, 422): the range, the filters,
 * the page's size and where it continues.
 */
record AuditRequest(AuditQuery query, int limit, AuditPosition after) {

    private static final String MOMENT = "must be an ISO-8601 instant such as 2026-03-01T09:30:00Z, or a date such as"
            + " 2026-03-01 (its midnight, UTC)";

    static AuditRequest of(Caller caller, String from, String to, String actor, String team, String type,
                           Integer limit, String cursor, AuditSettings settings) {
        Violations violations = new Violations();
        Instant start = moment(from, "from", violations);
        Instant end = moment(to, "to", violations);
        int size = limit == null ? settings.defaultLimit() : limit;
        violations.check(start == null || end == null || start.isBefore(end), "to", "must be after from")
                .check(size >= 1 && size <= settings.maxLimit(), "limit", "must be between 1 and "
                        + settings.maxLimit() + " (follow the next link for more, or export the range as csv or jsonl)")
                .check(filter(actor, settings), "actor", "must be a user id of 1 to " + settings.maxFilterLength()
                        + " characters, without emoji, symbols or control characters")
                .check(filter(team, settings), "team", "must be a team of 1 to " + settings.maxFilterLength()
                        + " characters, without emoji, symbols or control characters")
                .check(type == null || AuditTypes.known(type), "type", "must be a type of change the trail holds, as"
                        + " entries name it (such as ObjectiveDefined, PlatformChosen or ContactRegistered)")
                .throwIfAny();
        AuditPosition after = cursor == null ? null : AuditPosition.ofCursor(cursor);
        return new AuditRequest(new AuditQuery(caller.org(), start, end, actor, team, type), size, after);
    }

    private static Instant moment(String text, String field, Violations violations) {
        if (text == null) {
            return null;
        }
        try {
            return text.contains("T") ? Instant.parse(text)
                    : LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant();
        } catch (DateTimeParseException e) {
            violations.check(false, field, MOMENT);
            return null;
        }
    }

    private static boolean filter(String value, AuditSettings settings) {
        return value == null || (!value.isBlank() && value.length() <= settings.maxFilterLength()
                && TextKind.CODE.refusal(value).isEmpty());
    }
}
