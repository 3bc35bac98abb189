package com.netfocus.infrastructure.testing.badinput;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * The fuzz test's model of the input rules, independent of the services' code: why a body must be refused whatever
 * the domain thinks of it (an unknown field, a missing required one, a value of the wrong type or form, a character
 * no field of its kind may hold), or empty when only the domain can tell.
 */
public final class WellFormed {

    private WellFormed() {
    }

    public static Optional<String> mustRefuse(Row row, JsonNode sample, JsonNode body) {
        if (!body.isObject()) {
            return Optional.of("the body is not an object");
        }
        Set<String> known = new HashSet<>();
        for (JsonPaths.Field field : JsonPaths.fields(sample)) {
            known.add(field.path());
        }
        for (JsonPaths.Field sent : JsonPaths.fields(body)) {
            if (!known.contains(sent.path()) && !sent.path().matches(".*\\[[1-9]\\d*].*")) {
                return Optional.of("unknown field " + sent.path());
            }
        }
        for (JsonPaths.Field field : JsonPaths.fields(sample)) {
            JsonNode value = JsonPaths.at(body, field.path());
            FieldKind kind = row.kindOf(field.path(), field.name(), field.value());
            if (value == null || value.isNull()) {
                if (!row.isOptional(field.path()) && parentPresent(body, field.path())) {
                    return Optional.of(field.path() + " is missing");
                }
                continue;
            }
            Optional<String> wrong = wrong(kind, field.value(), value, !row.isOptional(field.path()),
                    row.negativeAllowed(field.path()));
            if (wrong.isPresent()) {
                return Optional.of(field.path() + " " + wrong.get());
            }
        }
        return Optional.empty();
    }

    private static Optional<String> wrong(FieldKind kind, JsonNode sample, JsonNode value, boolean required,
                                          boolean negativeAllowed) {
        switch (kind) {
            case OBJECT -> {
                return value.isObject() ? Optional.empty() : Optional.of("is not an object");
            }
            case LIST, IDS -> {
                if (!value.isArray()) {
                    return Optional.of("is not a list");
                }
                if (kind == FieldKind.IDS) {
                    for (JsonNode element : value) {
                        if (!element.isTextual() || !FieldKind.isUuid(element.asText())) {
                            return Optional.of("holds an element that is not an id");
                        }
                    }
                }
                return Optional.empty();
            }
            case BOOLEAN -> {
                return value.isBoolean() ? Optional.empty() : Optional.of("is not a boolean");
            }
            case INTEGER, NUMBER -> {
                if (!value.isNumber() || (kind == FieldKind.INTEGER && !value.isIntegralNumber())) {
                    return Optional.of("is not a number of the right kind");
                }
                if (!Double.isFinite(value.asDouble())) {
                    return Optional.of("is not finite");
                }
                return value.asDouble() < 0 && !negativeAllowed ? Optional.of("is negative") : Optional.empty();
            }
            default -> {
                if (!value.isTextual()) {
                    return Optional.of("is not a string");
                }
                return wrongText(kind, sample.asText(), value.asText(), required);
            }
        }
    }

    private static Optional<String> wrongText(FieldKind kind, String sample, String text, boolean required) {
        if (required && text.isBlank()) {
            return Optional.of("is blank");
        }
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            if (Character.isSurrogate((char) codePoint)) {
                return Optional.of("holds a lone surrogate");
            }
            boolean lineBreakOrTab = codePoint == '\n' || codePoint == '\t';
            if (Character.getType(codePoint) == Character.CONTROL && !(kind == FieldKind.MULTILINE && lineBreakOrTab)) {
                return Optional.of("holds a control character");
            }
            int type = Character.getType(codePoint);
            if (!kind.isText() && (type == Character.OTHER_SYMBOL || type == Character.FORMAT)) {
                return Optional.of("holds an emoji or invisible character");
            }
            i += Character.charCount(codePoint);
        }
        return switch (kind) {
            case ID -> FieldKind.isUuid(text) ? Optional.empty() : Optional.of("is not a UUID");
            case ENUM -> text.equals(sample) ? Optional.empty() : Optional.of("is not the enum value");
            case DATE -> parses(() -> LocalDate.parse(text)) ? Optional.empty() : Optional.of("is not a date");
            case INSTANT -> parses(() -> Instant.parse(text)) ? Optional.empty() : Optional.of("is not an instant");
            default -> Optional.empty();
        };
    }

    private static boolean parses(Runnable parse) {
        try {
            parse.run();
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static boolean parentPresent(JsonNode body, String path) {
        int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
        if (cut < 0) {
            return true;
        }
        JsonNode parent = JsonPaths.at(body, path.substring(0, cut));
        return parent != null && !parent.isNull() && (parent.isObject() || parent.isArray());
    }
}
