package com.netfocus.gateway.apidocs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Merges the services' descriptions into the gateway's own, giving the one description a client reads: every path a
 * service describes and the gateway routes to that service (marked {@code x-netfocus-service}), the components they
 * refer to, and on every operation the answers the gateway itself gives in front of it. Pure: no I/O, the same parts
 * always give the same document.
 *
 * <p>Components: one of the same name and the same content is kept once (the error answers, the problem shape); one
 * whose name another part already uses for something else is renamed after its service ({@code CatalogAudienceSegment})
 * and that service's references follow it. Security schemes are named by the requirements, not referenced: the
 * gateway's own, which verifies the tokens, stays. Operation ids used by two services get their service's name in
 * front ({@code catalogListDeadLetters}).
 */
final class DescriptionMerge {

    static final String SERVICE_EXTENSION = "x-netfocus-service";
    static final String UNAVAILABLE_EXTENSION = "x-netfocus-unavailable-services";
    static final String GATEWAY = "gateway";
    private static final String COMPONENTS_PREFIX = "#/components/";
    private static final String REFERENCE = "$ref";
    private static final Set<String> NOT_RENAMED = Set.of("securitySchemes");
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "options", "head", "patch",
            "trace");

    private final Function<String, Optional<String>> serviceOfPath;

    /** @param serviceOfPath the service the gateway routes a (templated) path to, if any */
    DescriptionMerge(Function<String, Optional<String>> serviceOfPath) {
        this.serviceOfPath = serviceOfPath;
    }

    /** The merged document, and what the services describe that no client can reach through the gateway. */
    record Merged(ObjectNode document, List<String> leftOut) {
    }

    Merged merge(ObjectNode gatewayPart, List<ServiceDescription> services) {
        ObjectNode merged = gatewayPart.deepCopy();
        // every path is as a client sends it to this gateway, wherever the gateway and the services run
        merged.putArray("servers").addObject().put("url", "/").put("description", "This gateway");
        ObjectNode paths = objectField(merged, "paths");
        ObjectNode components = objectField(merged, "components");
        paths.properties().forEach(path -> ((ObjectNode) path.getValue()).put(SERVICE_EXTENSION, GATEWAY));
        Map<ObjectNode, String> serviceOfOperation = new IdentityHashMap<>();
        operations(paths).forEach(operation -> serviceOfOperation.put(operation, GATEWAY));
        List<String> leftOut = new ArrayList<>();
        List<String> unavailable = new ArrayList<>();
        for (ServiceDescription service : services) {
            if (service.document().isEmpty()) {
                unavailable.add(service.service());
                continue;
            }
            ObjectNode part = service.document().get().deepCopy();
            renameClashingComponents(service.service(), part, components);
            addMissingComponents(objectField(part, "components"), components);
            addTags(part, merged);
            objectField(part, "paths").properties().forEach(entry -> {
                String path = entry.getKey();
                Optional<String> routedTo = serviceOfPath.apply(path);
                if (paths.has(path)) {
                    leftOut.add(path + " (" + service.service() + "): answered by the " + paths.get(path)
                            .path(SERVICE_EXTENSION).asText() + " already");
                } else if (!routedTo.equals(Optional.of(service.service()))) {
                    leftOut.add(path + " (" + service.service() + "): the gateway routes it to "
                            + routedTo.orElse("no service"));
                } else {
                    ObjectNode item = (ObjectNode) entry.getValue();
                    item.put(SERVICE_EXTENSION, service.service());
                    paths.set(path, item);
                    operationsOf(item).forEach(operation ->
                            serviceOfOperation.put(operation, service.service()));
                }
            });
        }
        distinctOperationIds(paths, serviceOfOperation);
        paths.elements().forEachRemaining(item -> {
            boolean routed = !GATEWAY.equals(item.path(SERVICE_EXTENSION).asText());
            operationsOf((ObjectNode) item).forEach(operation -> GatewayAnswer.addTo(operation, routed));
        });
        sortByPath(paths);
        if (!unavailable.isEmpty()) {
            ArrayNode missing = merged.putArray(UNAVAILABLE_EXTENSION);
            unavailable.forEach(missing::add);
            ObjectNode info = objectField(merged, "info");
            info.put("description", info.path("description").asText() + "\n\nThe description of the "
                    + String.join(", ", unavailable) + " service could not be read just now: its endpoints are "
                    + "missing here. Reload in a moment.");
        }
        return new Merged(merged, List.copyOf(leftOut));
    }

    /**
     * A component of the part whose name the merged document already uses for other content gets its service's name
     * in front, and every reference of the part follows it.
     */
    private static void renameClashingComponents(String service, ObjectNode part, ObjectNode merged) {
        ObjectNode components = objectField(part, "components");
        Map<String, String> renamed = new HashMap<>();
        List<String> kinds = new ArrayList<>();
        components.fieldNames().forEachRemaining(kinds::add);
        for (String kind : kinds) {
            if (NOT_RENAMED.contains(kind) || !(components.get(kind) instanceof ObjectNode ofKind)) {
                continue;
            }
            ObjectNode existing = objectField(merged, kind);
            Map<String, JsonNode> entries = new LinkedHashMap<>();
            ofKind.properties().forEach(entry -> entries.put(entry.getKey(), entry.getValue()));
            for (Map.Entry<String, JsonNode> entry : entries.entrySet()) {
                String name = entry.getKey();
                if (existing.has(name) && !existing.get(name).equals(entry.getValue())) {
                    String newName = capitalized(service) + name;
                    while (existing.has(newName) || ofKind.has(newName)) {
                        newName = capitalized(service) + newName;
                    }
                    ofKind.remove(name);
                    ofKind.set(newName, entry.getValue());
                    renamed.put(COMPONENTS_PREFIX + kind + "/" + name, COMPONENTS_PREFIX + kind + "/" + newName);
                }
            }
        }
        if (!renamed.isEmpty()) {
            rewriteReferences(part, renamed);
        }
    }

    private static void rewriteReferences(JsonNode node, Map<String, String> renamed) {
        if (node instanceof ObjectNode object) {
            JsonNode reference = object.get(REFERENCE);
            if (reference != null && reference.isTextual() && renamed.containsKey(reference.asText())) {
                object.set(REFERENCE, TextNode.valueOf(renamed.get(reference.asText())));
            }
            object.elements().forEachRemaining(child -> rewriteReferences(child, renamed));
        } else if (node instanceof ArrayNode array) {
            array.elements().forEachRemaining(child -> rewriteReferences(child, renamed));
        }
    }

    private static void addMissingComponents(ObjectNode from, ObjectNode into) {
        from.properties().forEach(kind -> {
            if (kind.getValue() instanceof ObjectNode entries) {
                ObjectNode target = objectField(into, kind.getKey());
                entries.properties().forEach(entry -> {
                    if (!target.has(entry.getKey())) {
                        target.set(entry.getKey(), entry.getValue());
                    }
                });
            }
        });
    }

    private static void addTags(ObjectNode part, ObjectNode merged) {
        if (!(part.get("tags") instanceof ArrayNode tags)) {
            return;
        }
        ArrayNode known = merged.has("tags") ? (ArrayNode) merged.get("tags") : merged.putArray("tags");
        for (JsonNode tag : tags) {
            boolean present = false;
            for (JsonNode existing : known) {
                present |= existing.path("name").equals(tag.path("name"));
            }
            if (!present) {
                known.add(tag);
            }
        }
    }

    /** Operation ids that two services use get each service's name in front. */
    private static void distinctOperationIds(ObjectNode paths, Map<ObjectNode, String> serviceOfOperation) {
        Map<String, List<ObjectNode>> byId = new TreeMap<>();
        operations(paths).forEach(operation -> {
            if (operation.hasNonNull("operationId")) {
                byId.computeIfAbsent(operation.get("operationId").asText(), id -> new ArrayList<>()).add(operation);
            }
        });
        byId.forEach((id, sharing) -> {
            if (sharing.size() > 1) {
                sharing.forEach(operation -> operation.put("operationId",
                        serviceOfOperation.get(operation) + capitalized(id)));
            }
        });
    }

    private static void sortByPath(ObjectNode paths) {
        Map<String, JsonNode> sorted = new TreeMap<>();
        paths.properties().forEach(entry -> sorted.put(entry.getKey(), entry.getValue()));
        paths.removeAll();
        sorted.forEach(paths::set);
    }

    /** Every operation of every path item. */
    static List<ObjectNode> operations(ObjectNode paths) {
        List<ObjectNode> operations = new ArrayList<>();
        paths.elements().forEachRemaining(item -> operations.addAll(operationsOf((ObjectNode) item)));
        return operations;
    }

    static List<ObjectNode> operationsOf(ObjectNode item) {
        List<ObjectNode> operations = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> fields = item.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (METHODS.contains(field.getKey()) && field.getValue() instanceof ObjectNode operation) {
                operations.add(operation);
            }
        }
        return operations;
    }

    static ObjectNode objectField(ObjectNode parent, String name) {
        JsonNode field = parent.get(name);
        if (field instanceof ObjectNode object) {
            return object;
        }
        ObjectNode created = JsonNodeFactory.instance.objectNode();
        parent.set(name, created);
        return created;
    }

    private static String capitalized(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
    }
}
