package com.netfocus.infrastructure.testing.badinput;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A refusal speaks the API's words: the field, what it expects in plain words, how to fix it. It never names the
 * code behind the API: Java types and packages, a parser's settings or exceptions (a client cannot act on
 * {@code java.lang.Integer} or {@code JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS}, and they tell an attacker what runs).
 */
final class InternalNames {

    private static final Pattern INTERNAL = Pattern.compile(
            "\\b(java|javax|jakarta|com\\.fasterxml|com\\.netfocus|org\\.springframework|com\\.nimbusds)\\.[a-z]"
                    + "|\\b(JsonReadFeature|JsonParser|JsonToken|StreamReadFeature|DeserializationFeature)\\b"
                    + "|\\w+(Exception|Error)\\b"
                    + "|`"
                    + "|\\b(Integer|Long|Double|Float|Short|BigDecimal|BigInteger|Boolean|String|Instant|LocalDate"
                    + "|LocalTime|OffsetDateTime|ZonedDateTime|ArrayList|LinkedHashMap)\\b");

    private InternalNames() {
    }

    /** The first internal name in the problem's detail or in one of its errors' reasons, if any. */
    static Optional<String> in(JsonNode problem) {
        if (problem == null) {
            return Optional.empty();
        }
        List<String> texts = new ArrayList<>();
        texts.add(problem.path("detail").asText(""));
        texts.add(problem.path("title").asText(""));
        problem.path("errors").forEach(error -> texts.add(error.path("reason").asText("")));
        for (String text : texts) {
            Matcher matcher = INTERNAL.matcher(text);
            if (matcher.find()) {
                return Optional.of(matcher.group());
            }
        }
        return Optional.empty();
    }
}
