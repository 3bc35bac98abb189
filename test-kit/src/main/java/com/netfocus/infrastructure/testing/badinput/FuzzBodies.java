package com.netfocus.infrastructure.testing.badinput;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

import java.util.List;

/**
 * Random command bodies made from a row's valid sample with jqwik's generators: one to three of its fields each
 * removed, replaced by an arbitrary JSON value (any string, including control characters, lone surrogates and emoji;
 * any number; booleans; null; MongoDB operator objects; nested lists and objects), or given a free-text variant,
 * and sometimes an extra field at any level. Most bodies must be refused; some are valid and must be accepted.
 */
public final class FuzzBodies {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final int MAX_MUTATIONS = 3;
    private static final int MAX_DEPTH = 3;
    private static final int MAX_STRING = 40;

    private FuzzBodies() {
    }

    /** Bodies for the row, each a mutation of the sample. */
    public static Arbitrary<JsonNode> of(Row row, JsonNode sample) {
        List<JsonPaths.Field> fields = JsonPaths.fields(sample);
        List<String> objects = JsonPaths.objects(sample);
        Arbitrary<Mutation> mutation = Arbitraries.oneOf(
                Combinators.combine(Arbitraries.of(fields), anyValue()).as((field, value) ->
                        (Mutation) body -> JsonPaths.with(body, field.path(), value)),
                Arbitraries.of(fields).map(field -> (Mutation) body -> JsonPaths.with(body, field.path(), null)),
                Combinators.combine(Arbitraries.of(fields), freeText()).as((field, text) ->
                        (Mutation) body -> JsonPaths.with(body, field.path(), NODES.textNode(text))),
                Combinators.combine(Arbitraries.of(objects), Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(12),
                        anyValue()).as((object, name, value) ->
                        (Mutation) body -> JsonPaths.with(body, JsonPaths.join(object, name), value)));
        return mutation.list().ofMinSize(1).ofMaxSize(MAX_MUTATIONS).map(mutations -> {
            JsonNode body = sample.deepCopy();
            for (Mutation each : mutations) {
                body = each.apply(body);
            }
            return body;
        });
    }

    /** Plain words (valid anywhere text is), with now and then an emoji, a newline or a control character. */
    private static Arbitrary<String> freeText() {
        return Arbitraries.oneOf(
                Arbitraries.strings().alpha().numeric().withChars(' ', '-', '.').ofMinLength(1).ofMaxLength(MAX_STRING),
                Arbitraries.of("Café ☕ owners \uD83D\uDE80", "two\nlines", "tab\there", "bell\u0007", "nul\u0000",
                        "\uD83D\uDC69\uD83C\uDFFD\u200D\uD83D\uDCBC", "broken \uD800 half"));
    }

    private static Arbitrary<JsonNode> anyValue() {
        Arbitrary<JsonNode> leaf = Arbitraries.oneOf(
                Arbitraries.strings().all().ofMaxLength(MAX_STRING).map(text -> (JsonNode) NODES.textNode(text)),
                Arbitraries.longs().map(number -> (JsonNode) NODES.numberNode(number)),
                Arbitraries.doubles().map(number -> (JsonNode) NODES.numberNode(number)),
                Arbitraries.of(true, false).map(bool -> (JsonNode) NODES.booleanNode(bool)),
                Arbitraries.just(NODES.nullNode()),
                Arbitraries.of("$gt", "$ne", "$where", "$regex").map(operator -> (JsonNode) NODES.objectNode().put(operator, "")));
        return Arbitraries.recursive(() -> leaf, FuzzBodies::container, 0, MAX_DEPTH);
    }

    private static Arbitrary<JsonNode> container(Arbitrary<JsonNode> inner) {
        return Arbitraries.oneOf(
                inner.list().ofMaxSize(3).map(values -> {
                    ArrayNode array = NODES.arrayNode();
                    values.forEach(array::add);
                    return (JsonNode) array;
                }),
                Combinators.combine(Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(8), inner).as((name, value) -> {
                    ObjectNode object = NODES.objectNode();
                    object.set(name, value);
                    return (JsonNode) object;
                }));
    }

    private interface Mutation {
        JsonNode apply(JsonNode body);
    }
}
