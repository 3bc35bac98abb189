package com.netfocus.infrastructure.testing.badinput;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * What a JSON field (or query parameter) of an endpoint holds, which decides the bad values sent to it. Mostly
 * read off the valid sample body ({@link #infer}); a row says so where the sample cannot tell (free text that may
 * span lines, codes that are not ids, whole numbers in a decimal field).
 */
public enum FieldKind {
    /** A UUID the services hand out. */
    ID,
    /** A list of such ids. */
    IDS,
    /** A code: user, org, team, role; no emoji. */
    CODE,
    /** An enum constant, written as its name. */
    ENUM,
    EMAIL,
    PHONE,
    /** Free text on one line: emoji kept, control characters refused. */
    TEXT,
    /** Free text that may hold newlines and tabs: emoji kept, other control characters refused. */
    MULTILINE,
    /** An ISO-8601 date, 2026-11-26. */
    DATE,
    /** An ISO-8601 instant with a zone, 2026-11-26T09:30:00Z. */
    INSTANT,
    /** A whole number that cannot be negative. */
    INTEGER,
    /** A listing's page number (a query parameter): bad as any whole number, and also so deep that page × size overflows. */
    PAGE,
    /** A number that may have a fraction, never negative, NaN or infinite. */
    NUMBER,
    BOOLEAN,
    /** A list of objects (each element's fields are fields too). */
    LIST,
    OBJECT;

    /** The kind a sample value suggests: the field's name and the shape of its value. */
    public static FieldKind infer(String name, JsonNode value) {
        if (value.isObject()) {
            return OBJECT;
        }
        if (value.isArray()) {
            JsonNode first = value.isEmpty() ? null : value.get(0);
            return first != null && first.isTextual() && isUuid(first.asText()) ? IDS : LIST;
        }
        if (value.isBoolean()) {
            return BOOLEAN;
        }
        if (value.isIntegralNumber()) {
            return INTEGER;
        }
        if (value.isNumber()) {
            return NUMBER;
        }
        String text = value.asText();
        String lower = name.toLowerCase();
        if (isUuid(text)) {
            return ID;
        }
        if (lower.endsWith("email")) {
            return EMAIL;
        }
        if (lower.endsWith("phone")) {
            return PHONE;
        }
        if (parses(() -> LocalDate.parse(text))) {
            return DATE;
        }
        if (parses(() -> Instant.parse(text))) {
            return INSTANT;
        }
        if (text.matches("[A-Z][A-Z_]+")) {
            return ENUM;
        }
        return TEXT;
    }

    public boolean isText() {
        return this == TEXT || this == MULTILINE;
    }

    public boolean isString() {
        return this != IDS && this != INTEGER && this != PAGE && this != NUMBER && this != BOOLEAN && this != LIST && this != OBJECT;
    }

    static boolean isUuid(String text) {
        return parses(() -> UUID.fromString(text)) && text.length() == 36;
    }

    private static boolean parses(Runnable parse) {
        try {
            parse.run();
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }
}
