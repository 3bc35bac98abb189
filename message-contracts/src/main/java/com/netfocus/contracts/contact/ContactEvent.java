package com.netfocus.contracts.contact;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.netfocus.contracts.plan.PlanEventCodec;

import java.io.IOException;

/**
 * An event on the contact events topic. The record's JSON names its type in {@link #TYPE_FIELD}; records written
 * before the topic carried more than one type have none and are {@link ContactRegistered}.
 */
public sealed interface ContactEvent permits ContactRegistered, ContactErased, ContactUpdated {

    String TYPE_FIELD = "type";

    String contactId();

    String org();

    @JsonProperty(TYPE_FIELD)
    String type();

    /** Reads a record value of the contact events topic. */
    static ContactEvent decode(String json) throws IOException {
        JsonNode tree = PlanEventCodec.mapper().readTree(json);
        if (tree == null || !tree.isObject()) {
            throw new IOException("a contact event is a JSON object");
        }
        Class<? extends ContactEvent> type = switch (tree.path(TYPE_FIELD).asText()) {
            case ContactErased.TYPE -> ContactErased.class;
            case ContactUpdated.TYPE -> ContactUpdated.class;
            default -> ContactRegistered.class;
        };
        return PlanEventCodec.mapper().treeToValue(tree, type);
    }
}
