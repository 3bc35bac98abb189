package com.netfocus.infrastructure.testing.apidescription;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the text fields of requests and success answers that a description gives no example of: each property of type
 * string (not an enumeration, whose values say enough) of every schema a JSON request body or a 2xx answer reaches,
 * through references, arrays and maps. An example shows a client what an id, a date or a name looks like.
 */
public final class DescribedExamples {

    private static final String SCHEMAS = "#/components/schemas/";

    private DescribedExamples() {
    }

    /** "Schema.property" for each text without an example. */
    public static List<String> missing(JsonNode description) {
        Set<String> reached = new HashSet<>();
        List<String> missing = new ArrayList<>();
        description.path("paths").forEach(item -> item.forEach(operation -> {
            operation.path("requestBody").path("content").forEach(media -> visit(media.path("schema"), description,
                    reached, missing));
            operation.path("responses").fields().forEachRemaining(response -> {
                if (response.getKey().startsWith("2")) {
                    response.getValue().path("content").forEach(media -> visit(media.path("schema"), description,
                            reached, missing));
                }
            });
        }));
        return missing;
    }

    private static void visit(JsonNode schema, JsonNode description, Set<String> reached, List<String> missing) {
        if (!schema.isObject()) {
            return;
        }
        String reference = schema.path("$ref").asText();
        if (reference.startsWith(SCHEMAS)) {
            String name = reference.substring(SCHEMAS.length());
            if (reached.add(name)) {
                JsonNode referenced = description.path("components").path("schemas").path(name);
                referenced.path("properties").fields().forEachRemaining(property -> {
                    if (isText(property.getValue()) && !hasExample(property.getValue())) {
                        missing.add(name + "." + property.getKey());
                    }
                    visit(property.getValue(), description, reached, missing);
                });
                visitParts(referenced, description, reached, missing);
            }
            return;
        }
        visitParts(schema, description, reached, missing);
    }

    private static void visitParts(JsonNode schema, JsonNode description, Set<String> reached, List<String> missing) {
        visit(schema.path("items"), description, reached, missing);
        if (schema.path("additionalProperties").isObject()) {
            visit(schema.path("additionalProperties"), description, reached, missing);
        }
        for (String combined : List.of("allOf", "oneOf", "anyOf")) {
            schema.path(combined).forEach(part -> visit(part, description, reached, missing));
        }
        if (schema.path("properties").isObject() && !schema.has("$ref")) {
            for (Map.Entry<String, JsonNode> property : iterable(schema.path("properties"))) {
                visit(property.getValue(), description, reached, missing);
            }
        }
    }

    private static boolean isText(JsonNode property) {
        JsonNode type = property.path("type");
        boolean string = type.isTextual() ? "string".equals(type.asText())
                : type.isArray() && type.toString().contains("\"string\"");
        return string && !property.has("enum");
    }

    private static boolean hasExample(JsonNode property) {
        return property.has("example") || property.path("examples").size() > 0;
    }

    private static Iterable<Map.Entry<String, JsonNode>> iterable(JsonNode object) {
        return object::fields;
    }
}
