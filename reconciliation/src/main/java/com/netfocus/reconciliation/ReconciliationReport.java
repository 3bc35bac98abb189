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
    private final List<LeftOutAttendance> leftOut;

    ReconciliationReport(Holdings holdings) {
        this.plans = holdings.store().size();
        this.events = holdings.storedEvents();
        this.differences = List.copyOf(Comparison.differences(holdings));
        this.leftOut = holdings.store().values().stream().flatMap(plan -> plan.leftOut().stream()).toList();
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

    /**
     * The attendances the figures leave out (stored before planning refused them): listed for the record, not
     * differences, since every store and projection agrees on them.
     */
    public List<LeftOutAttendance> leftOut() {
        return leftOut;
    }

    public String text() {
        StringBuilder text = new StringBuilder();
        leftOut.forEach(attendance -> text.append(attendance).append('\n'));
        differences.forEach(difference -> text.append(difference).append('\n'));
        text.append(plans).append(" plan(s), ").append(events).append(" event(s) compared: ")
                .append(differences.isEmpty() ? "no difference" : differences.size() + " difference(s)");
        if (!leftOut.isEmpty()) {
            text.append("; ").append(leftOut.size()).append(" attendance(s) left out of the figures");
        }
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
        ArrayNode outOfFigures = root.putArray("attendancesLeftOutOfFigures");
        leftOut.forEach(attendance -> outOfFigures.addObject()
                .put("planId", attendance.planId())
                .put("sequence", attendance.sequence())
                .put("why", attendance.why()));
        try {
            return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
