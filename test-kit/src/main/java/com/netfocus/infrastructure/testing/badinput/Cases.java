package com.netfocus.infrastructure.testing.badinput;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The bad requests of one row, made from its valid sample: each breaks one thing (the body's form, one field, one
 * query parameter, one path variable) and says which field the refusal must name. Free text also gets awkward but
 * valid values (emoji; newlines and tabs where text may span lines) that must be stored intact.
 */
public final class Cases {

    /** An emoji sequence with a joiner and a skin tone: data in free text, refused anywhere else. */
    public static final String EMOJI = "\uD83D\uDE80 \uD83D\uDC69\uD83C\uDFFD\u200D\uD83D\uDCBC";
    /** Over any service's JSON limit (1 MB), under Tomcat's swallow limit (2 MiB), so the answer is read. */
    static final int OVERSIZED_JSON = 2_000_000;
    /** Over the import limit (5 MB) by less than Tomcat swallows, so the 413 is read, not a reset. */
    static final int OVERSIZED_FILE = 6_000_000;
    private static final String RAW = "__raw_json_token__";
    /** What clients ask for that no endpoint answers in unless it says so ({@link Row#answers}). */
    private static final List<String> UNOFFERED = List.of("application/xml", "text/csv", "text/vcard");
    private static final int NOT_ACCEPTABLE = 406;
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final Row row;
    private final Sample sample;
    private final List<Case> cases = new ArrayList<>();

    private Cases(Row row, Sample sample) {
        this.row = row;
        this.sample = sample;
    }

    /**
     * The requests that must be refused, each with the field it must name: the sample broken in every way, and the
     * row's rules of the domain, each on its own sample.
     */
    public static List<Case> refusals(Row row, Sample sample) {
        Cases cases = new Cases(row, sample);
        cases.ruleRefusals();
        cases.pathVariables();
        cases.queryParameters();
        if (sample.body() != null) {
            if (row.isUpload()) {
                cases.uploads();
            } else {
                JsonNode body = read(sample.body());
                cases.bodyForm(body);
                cases.fields(body);
            }
        }
        return cases.cases;
    }

    /** The awkward but valid values of the row's free text, each on a fresh sample. */
    public static List<Case> acceptances(Row row) {
        Sample first = row.sample();
        if (first.body() == null || row.isUpload()) {
            return List.of();
        }
        List<Case> accepted = new ArrayList<>();
        for (JsonPaths.Field field : JsonPaths.fields(read(first.body()))) {
            FieldKind kind = row.kindOf(field.path(), field.name(), field.value());
            if (!kind.isText()) {
                continue;
            }
            Cases fresh = new Cases(row, row.sample());
            JsonNode body = read(fresh.sample.body());
            String base = JsonPaths.textAt(body, field.path());
            String withEmoji = base + " " + EMOJI;
            fresh.send("emoji in free text " + field.path(), JsonPaths.with(body, field.path(), NODES.textNode(withEmoji)),
                    row.stores() ? withEmoji : "", row.isSealed(field.path()));
            if (kind == FieldKind.MULTILINE) {
                Cases again = new Cases(row, row.sample());
                JsonNode next = read(again.sample.body());
                String lines = JsonPaths.textAt(next, field.path()) + "\nsecond line\twith a tab";
                again.send("newline and tab in multi-line text " + field.path(),
                        JsonPaths.with(next, field.path(), NODES.textNode(lines)), null, row.stores() ? lines : "");
                accepted.addAll(again.cases);
            }
            accepted.addAll(fresh.cases);
        }
        return accepted;
    }

    /** The row's request with the sample's path and query and this body: one fuzz case. */
    public static Case request(Row row, Sample sample, String description, String body) {
        Cases cases = new Cases(row, sample);
        return new Case(row.name(), description, row.method(), cases.uri(sample.pathVariables(), sample.query()),
                row.contentType(), bytes(body), null, null);
    }

    private void ruleRefusals() {
        for (Row.RuleRefusal rule : row.ruleRefusals()) {
            Sample broken = rule.sample().get();
            cases.add(new Case(row.name(), "rule: " + rule.rule(), row.method(),
                    uri(broken.pathVariables(), broken.query()), row.contentType(), bytes(broken.body()),
                    rule.field(), null, broken.pathVariables(), false, rule.status(), null));
        }
    }

    /**
     * The sample asking, in its Accept header, for each of the media types a client may wrongly expect that the
     * endpoint does not answer in: each must be 406 naming Accept, before anything is done.
     */
    public static List<Case> unacceptable(String endpoint, Row row, Sample sample) {
        String method = endpoint.substring(0, endpoint.indexOf(' '));
        String pattern = endpoint.substring(endpoint.indexOf(' ') + 1);
        Cases cases = new Cases(row == null ? new Row(method, pattern, () -> sample) : row, sample);
        for (String mediaType : UNOFFERED) {
            if (row == null || !row.answers().contains(mediaType)) {
                cases.cases.add(new Case(endpoint, "Accept: " + mediaType, method,
                        cases.uri(sample.pathVariables(), sample.query()),
                        row == null ? Row.JSON : row.contentType(), bytes(sample.body()), "Accept", null,
                        sample.pathVariables(), false, NOT_ACCEPTABLE, mediaType));
            }
        }
        return cases.cases;
    }

    private void pathVariables() {
        for (String variable : sample.pathVariables().keySet()) {
            List<String> badValues = row.isCodePath(variable) ? badParameterValues(FieldKind.CODE)
                    : List.of("not-a-uuid", EMOJI, "{\"$gt\":\"\"}", "1 OR 1=1");
            for (String bad : badValues) {
                Map<String, String> variables = new LinkedHashMap<>(sample.pathVariables());
                variables.put(variable, bad);
                cases.add(new Case(row.name(), "path variable " + variable + " = " + bad, row.method(),
                        uri(variables, sample.query()), row.contentType(), bytes(sample.body()), variable, null));
            }
        }
    }

    private void queryParameters() {
        row.query().forEach((name, kind) -> {
            for (String bad : badParameterValues(kind)) {
                Map<String, String> query = new LinkedHashMap<>(sample.query());
                query.put(name, bad);
                cases.add(new Case(row.name(), "query parameter " + name + " = " + bad, row.method(),
                        uri(sample.pathVariables(), query), row.contentType(), bytes(sample.body()), name, null));
            }
        });
    }

    private static List<String> badParameterValues(FieldKind kind) {
        return switch (kind) {
            case INTEGER, NUMBER -> List.of("abc", "1.5", "-1", "NaN", "99999999999999999999", EMOJI, "{\"$gt\":\"\"}");
            // with the default size, page x size lies far beyond any listing's bound (and beyond an int)
            case PAGE -> List.of("abc", "1.5", "-1", "NaN", "99999999999999999999", EMOJI, "{\"$gt\":\"\"}",
                    String.valueOf(Integer.MAX_VALUE));
            case INSTANT -> List.of("abc", "2026-11-26T10:00:00", "2026-11-26T10:00:00+25:00", "26/11/2026", EMOJI);
            case DATE -> List.of("26/11/2026", "2026-02-30", "2026-11-26T10:00:00Z", EMOJI);
            case ENUM -> List.of("nope", EMOJI, "{\"$gt\":\"\"}");
            case BOOLEAN -> List.of("maybe", EMOJI);
            default -> List.of(EMOJI, "\u0007");
        };
    }

    private void bodyForm(JsonNode body) {
        String text = sample.body();
        raw("malformed JSON (cut short)", text.substring(0, text.length() - 1), null);
        raw("something after the document", text + " {}", null);
        raw("an array instead of an object", "[]", null);
        raw("a string instead of an object", "\"text\"", null);
        if (!row.isBodyOptional()) {
            raw("no body at all", "", null);
        }
        raw("a 2 MB body", "{\"padding\":\"" + "x".repeat(OVERSIZED_JSON) + "\"}", null);
        cases.add(new Case(row.name(), "JSON sent as text/plain", row.method(), uri(sample.pathVariables(), sample.query()),
                "text/plain", bytes(text), "Content-Type", null));
        if (body.isObject() && body.fieldNames().hasNext()) {
            String first = body.fieldNames().next();
            raw("field " + first + " twice", "{\"" + first + "\":" + body.get(first) + "," + text.trim().substring(1), first);
        }
        for (String object : JsonPaths.objects(body)) {
            String path = JsonPaths.join(object, "unexpectedField");
            send("unknown field " + path, JsonPaths.with(body, path, NODES.textNode("x")), null, null, path);
        }
    }

    private void fields(JsonNode body) {
        for (JsonPaths.Field field : JsonPaths.fields(body)) {
            String path = field.path();
            FieldKind kind = row.kindOf(path, field.name(), field.value());
            if (!row.isOptional(path)) {
                set(path, "left out", null);
                set(path, "null", NODES.nullNode());
            }
            set(path, "a MongoDB operator object", operator());
            if (kind.isString()) {
                set(path, "a number", NODES.numberNode(42));
                set(path, "a boolean", NODES.booleanNode(true));
                set(path, "a list", NODES.arrayNode().add("x"));
                String value = field.value().asText();
                set(path, "a NUL character", NODES.textNode(value + "\u0000"));
                set(path, "a BEL control character", NODES.textNode(value + "\u0007"));
                rawValue(path, "a lone surrogate", "\"x\\ud800\"");
                if (!row.isOptional(path)) {
                    set(path, "blank", NODES.textNode("  "));
                }
                if (kind == FieldKind.TEXT) {
                    set(path, "a newline in one-line text", NODES.textNode(value + "\nsecond line"));
                    set(path, "a tab in one-line text", NODES.textNode(value + "\tx"));
                } else if (kind != FieldKind.MULTILINE) {
                    set(path, "emoji", NODES.textNode(value + EMOJI));
                }
            }
            switch (kind) {
                case ID -> set(path, "not a UUID", NODES.textNode("not-a-uuid"));
                case ENUM -> {
                    set(path, "not one of the values", NODES.textNode("NOPE"));
                    set(path, "in lower case", NODES.textNode(field.value().asText().toLowerCase()));
                    set(path, "a number for an enum", NODES.numberNode(0));
                }
                case EMAIL -> set(path, "not an e-mail", NODES.textNode("not-an-email"));
                case PHONE -> set(path, "not a phone number", NODES.textNode("call me maybe"));
                case DATE -> {
                    for (String bad : List.of("2026-11-26T10:00:00Z", "2026-11-26T10:00:00", "26/11/2026", "2026-02-30",
                            "2026-13-01")) {
                        set(path, "date " + bad, NODES.textNode(bad));
                    }
                    set(path, "a date as a number", NODES.numberNode(20261126));
                }
                case INSTANT -> {
                    for (String bad : List.of("2026-11-26T10:00:00", "2026-11-26T10:00:00+25:00", "26/11/2026",
                            "2026-11-26", "2026-02-30T10:00:00Z")) {
                        set(path, "instant " + bad, NODES.textNode(bad));
                    }
                    set(path, "an instant as epoch seconds", NODES.numberNode(1_764_150_000L));
                }
                case INTEGER -> {
                    if (!row.negativeAllowed(path)) {
                        set(path, "negative", NODES.numberNode(-1));
                    }
                    set(path, "a fraction", NODES.numberNode(2.5));
                    set(path, "too large for its type", NODES.numberNode(99_999_999_999L));
                    numberCases(path);
                }
                case NUMBER -> {
                    if (!row.negativeAllowed(path)) {
                        set(path, "negative", NODES.numberNode(-1.5));
                    }
                    numberCases(path);
                }
                case BOOLEAN -> {
                    set(path, "the string \"true\"", NODES.textNode("true"));
                    set(path, "the number 1", NODES.numberNode(1));
                }
                case IDS -> {
                    set(path, "a single id, not a list", NODES.textNode(field.value().get(0).asText()));
                    set(path + "[0]", "an element not a UUID", NODES.textNode("not-a-uuid"));
                    set(path + "[0]", "an element with emoji", NODES.textNode(EMOJI));
                    set(path + "[0]", "an element that is an operator object", operator());
                    set(path + "[0]", "an element that is a number", NODES.numberNode(42));
                }
                case LIST -> set(path, "a string, not a list", NODES.textNode("x"));
                case OBJECT -> {
                    set(path, "a string, not an object", NODES.textNode("x"));
                    set(path, "a list, not an object", NODES.arrayNode());
                }
                default -> {
                }
            }
        }
    }

    private void numberCases(String path) {
        set(path, "a number as a string", NODES.textNode("5"));
        set(path, "the string \"NaN\"", NODES.textNode("NaN"));
        set(path, "the string \"Infinity\"", NODES.textNode("Infinity"));
        rawValue(path, "the literal NaN", "NaN");
        rawValue(path, "the literal Infinity", "Infinity");
        rawValue(path, "1e400 (beyond a double)", "1e400");
        set(path, "a boolean for a number", NODES.booleanNode(true));
    }

    private static ObjectNode operator() {
        return NODES.objectNode().put("$gt", "");
    }

    private void set(String path, String what, JsonNode value) {
        JsonNode body = read(sample.body());
        send(what + " in " + path, JsonPaths.with(body, path, value), null, null, path);
    }

    private void rawValue(String path, String what, String token) {
        JsonNode body = JsonPaths.with(read(sample.body()), path, NODES.textNode(RAW));
        send(what + " in " + path, body, token, null, path);
    }

    private void send(String what, JsonNode body, String rawToken, String stored) {
        send(what, body, rawToken, stored, null);
    }

    /** An accepted case: {@code sealed} when the service keeps the text encrypted. */
    private void send(String what, JsonNode body, String stored, boolean sealed) {
        cases.add(new Case(row.name(), what, row.method(), uri(sample.pathVariables(), sample.query()),
                row.contentType(), bytes(write(body)), null, stored, sample.pathVariables(), sealed));
    }

    private void send(String what, JsonNode body, String rawToken, String stored, String field) {
        String text = write(body);
        if (rawToken != null) {
            text = text.replace("\"" + RAW + "\"", rawToken);
        }
        cases.add(new Case(row.name(), what, row.method(), uri(sample.pathVariables(), sample.query()),
                row.contentType(), bytes(text), field, stored, sample.pathVariables()));
    }

    private void raw(String what, String body, String field) {
        cases.add(new Case(row.name(), what, row.method(), uri(sample.pathVariables(), sample.query()),
                row.contentType(), bytes(body), field, null));
    }

    private void uploads() {
        String file = sample.body();
        cases.add(new Case(row.name(), "a file over the import limit", row.method(), uri(sample.pathVariables(), sample.query()),
                row.contentType(), bytes(file + "x".repeat(OVERSIZED_FILE)), null, null));
        cases.add(new Case(row.name(), "bytes that are not UTF-8", row.method(), uri(sample.pathVariables(), sample.query()),
                row.contentType(), new byte[]{(byte) 0xC3, 0x28, (byte) 0xFF, (byte) 0xFE}, null, null));
        raw("a NUL character in the file", file + "\u0000", null);
        raw("an empty file", "", null);
        cases.add(new Case(row.name(), "an unsupported file type", row.method(), uri(sample.pathVariables(), sample.query()),
                "application/xml", bytes("<contacts/>"), "Content-Type", null));
        String boundary = "netfocus-bad-input";
        String multipart = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"other\"\r\n\r\nx\r\n--"
                + boundary + "--\r\n";
        cases.add(new Case(row.name(), "a multipart upload without its file part", row.method(),
                uri(sample.pathVariables(), sample.query()), "multipart/form-data; boundary=" + boundary,
                bytes(multipart), "file", null));
    }

    private String uri(Map<String, String> variables, Map<String, String> query) {
        String path = row.pattern();
        for (Map.Entry<String, String> variable : variables.entrySet()) {
            path = path.replace("{" + variable.getKey() + "}", encode(variable.getValue()).replace("+", "%20"));
        }
        StringBuilder uri = new StringBuilder(path);
        char separator = '?';
        for (Map.Entry<String, String> parameter : query.entrySet()) {
            uri.append(separator).append(encode(parameter.getKey())).append('=').append(encode(parameter.getValue()));
            separator = '&';
        }
        return uri.toString();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    static JsonNode read(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("the sample body is not JSON: " + json, e);
        }
    }

    private static String write(JsonNode body) {
        try {
            return MAPPER.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] bytes(String text) {
        return text == null ? null : text.getBytes(StandardCharsets.UTF_8);
    }
}
