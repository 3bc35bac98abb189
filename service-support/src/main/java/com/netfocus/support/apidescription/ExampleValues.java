package com.netfocus.support.apidescription;

import io.swagger.v3.oas.models.media.Schema;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * The example of every text field the controllers give none of, by the field's name: the same field means the same
 * thing across the whole API (a planId, an e-mail, a platform's topic), so it shows the same example everywhere, and a
 * new request or answer record gets examples for the names it shares with the rest. Ids are UUIDs, {@code ...At}
 * fields instants, dates dates. A {@code @Schema(example = ...)} on the field wins; a name used for two meanings
 * ({@code name} of a person and of a platform) says its own there.
 */
final class ExampleValues {

    private static final String INSTANT = "2026-06-18T07:00:00Z";
    private static final String DATE = "2026-06-30";
    private static final Map<String, String> BY_NAME = Map.ofEntries(
            // ids of the plan and its parts, as the examples of the walkthrough use them
            Map.entry("planId", "3f1c9a52-8d4e-4b7a-9e21-5c6d7e8f9a01"),
            Map.entry("objectiveId", "7b2e4c10-1a3f-4d5e-8b6c-9d0e1f2a3b4c"),
            Map.entry("targetId", "c4d5e6f7-8091-4a2b-b3c4-d5e6f7089a1b"),
            Map.entry("platformId", "9c8b7a6d-5e4f-4321-a0b9-c8d7e6f5a4b3"),
            Map.entry("contactId", "5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d"),
            Map.entry("personId", "7e8f9a0b-1c2d-4e3f-8a4b-5c6d7e8f9a0b"),
            Map.entry("followUpId", "2d3e4f5a-6b7c-4d8e-9f0a-1b2c3d4e5f6a"),
            Map.entry("outreachId", "6f7a8b9c-0d1e-4f2a-b3c4-d5e6f7a8b9c0"),
            Map.entry("correlationId", "0f8e2b6a-3c1d-4e5f-9a7b-8c6d4e2f0a1b"),
            // who
            Map.entry("userId", "rep-anna"), Map.entry("ownerId", "rep-anna"), Map.entry("actor", "rep-anna"),
            Map.entry("subject", "rep-anna"), Map.entry("org", "org-nordic-sales"), Map.entry("team", "team-retail"),
            // people
            Map.entry("name", "Karin Holm"), Map.entry("personName", "Karin Holm"),
            Map.entry("company", "ICA Sverige"), Map.entry("function", "Procurement"),
            Map.entry("position", "Director"), Map.entry("industry", "Retail"),
            Map.entry("email", "karin.holm@example.com"), Map.entry("phone", "+46 8 555 010 20"),
            // the plan
            Map.entry("title", "Q3 retail procurement network"),
            Map.entry("statement", "Meet three procurement directors of Nordic retail chains"),
            Map.entry("outcome", "Two discovery meetings about supplier consolidation"),
            Map.entry("metric", "procurement directors met"),
            Map.entry("rationale", "Owns the supplier consolidation budget"),
            Map.entry("summary", "Supplier consolidation is their 2027 budget topic"),
            Map.entry("notes", "Best talk was at the coffee table before the programme"),
            Map.entry("note", "Three directors met, two meetings booked"),
            Map.entry("closingNote", "Three directors met, two meetings booked"),
            Map.entry("action", "Send the consolidation case study"),
            Map.entry("reason", "the plan's period ended before the directors could be met"),
            Map.entry("periodStart", "2026-06-01"), Map.entry("periodEnd", "2026-09-30"),
            Map.entry("deadline", "2026-09-15"), Map.entry("dueOn", "2026-06-23"), Map.entry("dueBy", "2026-06-30"),
            // platforms
            Map.entry("platformName", "Retail Procurement Leaders Breakfast"),
            Map.entry("organizer", "Svensk Handel"), Map.entry("topic", "Sourcing in 2027"),
            Map.entry("location", "Stockholm"), Map.entry("kind", "ASSOCIATION_MEETING"),
            Map.entry("explanation", "serves 1 target: ~32 procurement directors in retail"),
            Map.entry("startsAt", "2026-06-18T07:00:00Z"), Map.entry("programStartsAt", "2026-06-18T07:30:00Z"),
            Map.entry("programEndsAt", "2026-06-18T09:00:00Z"), Map.entry("endsAt", "2026-06-18T10:00:00Z"),
            Map.entry("arrivedAt", "2026-06-18T07:00:00Z"), Map.entry("leftAt", "2026-06-18T09:45:00Z"),
            // analytics and operations
            Map.entry("period", "2026-11"), Map.entry("band", "16-30"), Map.entry("scope", "team"),
            Map.entry("granularity", "month"),
            Map.entry("consumerGroup", "catalog-service"));
    private static final String ID_SUFFIX = "Id";
    private static final String IDS_SUFFIX = "Ids";
    private static final String INSTANT_SUFFIX = "At";

    /** The example of a text field of this name and format, if the API has one. */
    static Optional<String> of(String name, String format) {
        if (BY_NAME.containsKey(name)) {
            return Optional.of(BY_NAME.get(name));
        }
        if (name.endsWith(ID_SUFFIX) || "uuid".equals(format)) {
            return Optional.of(UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString());
        }
        if (name.endsWith(INSTANT_SUFFIX) || "date-time".equals(format)) {
            return Optional.of(INSTANT);
        }
        if ("date".equals(format)) {
            return Optional.of(DATE);
        }
        return Optional.empty();
    }

    /** Gives every text property of these schemas, at any depth, its example by name where it has none. */
    static void addTo(Map<String, Schema> schemas) {
        Set<Schema<?>> visited = new HashSet<>();
        schemas.values().forEach(schema -> addTo(schema, visited));
    }

    @SuppressWarnings("unchecked")
    private static void addTo(Schema<?> schema, Set<Schema<?>> visited) {
        if (schema == null || !visited.add(schema)) {
            return;
        }
        if (schema.getProperties() != null) {
            schema.getProperties().forEach((name, property) -> {
                if (isText(property) && property.getExample() == null) {
                    of(name, property.getFormat()).ifPresent(example -> ((Schema<Object>) property).setExample(example));
                }
                if (property.getItems() != null && isText(property.getItems()) && property.getItems().getExample() == null
                        && name.endsWith(IDS_SUFFIX)) {
                    String single = name.substring(0, name.length() - 1);
                    of(single, null).ifPresent(example -> ((Schema<Object>) property.getItems()).setExample(example));
                }
                addTo(property, visited);
            });
        }
        each(schema.getItems(), item -> addTo(item, visited));
        if (schema.getAdditionalProperties() instanceof Schema<?> values) {
            addTo(values, visited);
        }
        if (schema.getAllOf() != null) {
            schema.getAllOf().forEach(part -> addTo(part, visited));
        }
    }

    private static boolean isText(Schema<?> schema) {
        boolean string = "string".equals(schema.getType())
                || schema.getTypes() != null && schema.getTypes().contains("string");
        return string && schema.getEnum() == null && schema.get$ref() == null;
    }

    private static void each(Schema<?> schema, Consumer<Schema<?>> action) {
        if (schema != null) {
            action.accept(schema);
        }
    }
}
