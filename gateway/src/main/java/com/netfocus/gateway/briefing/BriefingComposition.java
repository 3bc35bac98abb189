package com.netfocus.gateway.briefing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Joins the briefing's parts: planning's (the visit, the targets the platform serves, what outreach learned,
 * teammates, follow-ups) and the contact service's known matches (the plan owner's contacts who fit each profile
 * target). The result is planning's part with {@code knownContacts}: each contact who fits a target the briefing shows,
 * once, with the targets they fit and what outreach learned about those targets; {@code knownContactsUnavailable} is
 * true when the contact service could not answer (the briefing is still worth reading without them). Pure.
 */
final class BriefingComposition {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private BriefingComposition() {
    }

    /** @param knownMatches the contact service's answer, or null when it could not give one */
    static ObjectNode compose(JsonNode briefing, JsonNode knownMatches) {
        ObjectNode composed = briefing.deepCopy();
        Set<String> shownTargets = new LinkedHashSet<>();
        briefing.path("targets").forEach(target -> shownTargets.add(target.path("targetId").asText()));
        Map<String, ObjectNode> contacts = new LinkedHashMap<>();
        if (knownMatches != null) {
            for (JsonNode match : knownMatches.path("matches")) {
                String targetId = match.path("targetId").asText();
                if (!shownTargets.contains(targetId)) {
                    continue;
                }
                for (JsonNode contact : match.path("contacts")) {
                    ObjectNode known = contacts.computeIfAbsent(contact.path("contactId").asText(),
                            id -> knownContact(contact));
                    ((ArrayNode) known.get("targetIds")).add(targetId);
                    briefing.path("learned").forEach(learned -> {
                        if (learned.path("targetId").asText().equals(targetId)) {
                            ((ArrayNode) known.get("learned")).add(learned.path("summary").asText());
                        }
                    });
                }
            }
        }
        ArrayNode known = composed.putArray("knownContacts");
        contacts.values().forEach(known::add);
        composed.put("knownContactsUnavailable", knownMatches == null);
        return composed;
    }

    private static ObjectNode knownContact(JsonNode contact) {
        ObjectNode known = NODES.objectNode();
        for (String field : new String[] {"contactId", "name", "company", "function", "position", "industry", "email",
                "phone"}) {
            known.set(field, contact.path(field).isMissingNode() ? NODES.nullNode() : contact.get(field));
        }
        known.putArray("targetIds");
        known.putArray("learned");
        return known;
    }
}
