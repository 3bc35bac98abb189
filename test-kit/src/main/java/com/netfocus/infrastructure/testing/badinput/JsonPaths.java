package com.netfocus.infrastructure.testing.badinput;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** Fields of a JSON body by path ({@code contactsMet[0].email}): listing them, and a copy with one of them changed. */
final class JsonPaths {

    /** A field of the body: its path, its own name, its value in the sample. */
    record Field(String path, String name, JsonNode value) {
    }

    private JsonPaths() {
    }

    /** Every field, objects and lists included, parents before their children; of a list, its first element's. */
    static List<Field> fields(JsonNode root) {
        List<Field> fields = new ArrayList<>();
        collect(root, "", fields);
        return fields;
    }

    /** The paths of the objects of the body (the body itself is ""). */
    static List<String> objects(JsonNode root) {
        List<String> objects = new ArrayList<>();
        if (root.isObject()) {
            objects.add("");
        }
        for (Field field : fields(root)) {
            if (field.value().isObject()) {
                objects.add(field.path());
            } else if (field.value().isArray() && !field.value().isEmpty() && field.value().get(0).isObject()) {
                objects.add(field.path() + "[0]");
            }
        }
        return objects;
    }

    private static void collect(JsonNode node, String prefix, List<Field> fields) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> entry = it.next();
                String path = join(prefix, entry.getKey());
                fields.add(new Field(path, entry.getKey(), entry.getValue()));
                collect(entry.getValue(), path, fields);
            }
        } else if (node.isArray() && !node.isEmpty() && node.get(0).isContainerNode()) {
            collect(node.get(0), prefix + "[0]", fields);
        }
    }

    static String join(String prefix, String name) {
        return prefix.isEmpty() ? name : prefix + "." + name;
    }

    /** A deep copy of the body with the field at the path set to the value, or removed when value is null. */
    static JsonNode with(JsonNode root, String path, JsonNode value) {
        JsonNode copy = root.deepCopy();
        int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
        JsonNode parent = cut < 0 ? copy : at(copy, path.substring(0, cut));
        String last = cut < 0 ? path : path.substring(cut).replaceFirst("^\\.", "");
        if (last.startsWith("[") ? !(parent instanceof ArrayNode) : !(parent instanceof ObjectNode)) {
            return copy; // an earlier change removed or replaced the field's parent: nothing left to change
        }
        if (last.startsWith("[")) {
            int index = Integer.parseInt(last.substring(1, last.length() - 1));
            ArrayNode array = (ArrayNode) parent;
            if (index >= array.size()) {
                return copy;
            }
            if (value == null) {
                array.remove(index);
            } else {
                array.set(index, value);
            }
        } else if (value == null) {
            ((ObjectNode) parent).remove(last);
        } else {
            ((ObjectNode) parent).set(last, value);
        }
        return copy;
    }

    static String textAt(JsonNode root, String path) {
        return at(root, path).asText();
    }

    /**
     * The node at a path such as {@code contactsMet[0].email}; null where the path leaves the document (a missing
     * field, an index past the end, a field of a list or of a value: Jackson answers null for those).
     */
    static JsonNode at(JsonNode root, String path) {
        JsonNode node = root;
        for (String part : path.replace("[", ".[").split("\\.")) {
            if (part.isEmpty()) {
                continue;
            }
            if (node == null) {
                return null;
            }
            node = part.startsWith("[") ? node.get(Integer.parseInt(part.substring(1, part.length() - 1)))
                    : node.get(part);
        }
        return node;
    }
}
