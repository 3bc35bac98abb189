package com.netfocus.reconciliation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;

/** The outcome: how much was compared and every difference found. */
public final class ReconciliationReport {

    private final long plans;
    private final long events;
    private final List<Difference> differences;

    ReconciliationReport(Holdings holdings) {
        this.plans = holdings.store().size();
        this.events = holdings.storedEvents();
        this.differences = List.copyOf(Comparison.differences(holdings));
    }

    /** Plans in the event store. */
    public long plans() {
        return plans;
    }

    /** Events in the event store. */
    public long events() {
        return events;
    }

    public List<Difference> differences() {
        return differences;
    }

    public boolean agrees() {
        return differences.isEmpty();
    }

    public String text() {
        StringBuilder text = new StringBuilder();
        differences.forEach(difference -> text.append(difference).append('\n'));
        text.append(plans).append(" plan(s), ").append(events).append(" event(s) compared: ")
                .append(differences.isEmpty() ? "no difference" : differences.size() + " difference(s)");
        return text.toString();
    }

    public String json() {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = mapper.createObjectNode();
        root.put("plans", plans);
        root.put("events", events);
        ArrayNode list = root.putArray("differences");
        differences.forEach(difference -> list.addObject()
                .put("subject", difference.subject())
                .put("where", difference.where())
                .put("expected", difference.expected())
                .put("found", difference.found()));
        try {
            return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
