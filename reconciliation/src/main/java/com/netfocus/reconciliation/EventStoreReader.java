package com.netfocus.reconciliation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoDatabase;
import com.netfocus.contracts.chain.ChainLink;
import com.netfocus.contracts.chain.ChainVerdict;
import com.netfocus.contracts.chain.ChainVerifier;
import com.netfocus.contracts.plan.AttendanceIds;
import com.netfocus.contracts.plan.AttendancePlausibility;
import com.netfocus.contracts.plan.EventAttended;
import org.bson.Document;
import org.bson.types.Binary;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Reads planning-service's event store (Axon's one document per event, by the names {@link PlanningEventStore}
 * declares) once, in one pass: each plan's sequences, and the events that change what the projections count, which are
 * then followed per plan in the order of their sequences (whatever order the store returns them in): its targets
 * (identified or carried forward, less those retired) and platform choices (less those withdrawn), per platform the
 * choices, attendances and people met (an attendance as corrected, none retracted), and the attendances the figures
 * leave out (each as last corrected, judged against the plan's period); and each plan's hash chain, verified on the
 * whole documents as they lie (from the chain start recorded for the plan, if any). Snapshots are not read: the events
 * are the truth.
 */
public final class EventStoreReader {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, SortedSet<Long>> sequences = new HashMap<>();
    private final Map<String, List<Counted>> counted = new HashMap<>();
    private final Map<String, Long> chainStarts = new HashMap<>();
    private final Map<String, ChainVerifier> chains = new HashMap<>();
    private final AttendancePlausibility plausibility;
    private Map<String, StoredPlan> plans;
    private Map<String, PlatformCounts> platforms;

    /** An event that changes the counts, as stored: its sequence, type, payload and when it was stored. */
    private record Counted(long sequence, String type, JsonNode payload, Instant storedAt) {
    }

    /**
     * An attendance as it stands: the sequence it was logged at, its platform and people met, its stay and when it was
     * logged or last corrected.
     */
    private record Attended(long sequence, String platformId, int peopleMet, Instant arrivedAt, Instant leftAt,
                            Instant loggedAt) {
    }

    private EventStoreReader(AttendancePlausibility plausibility) {
        this.plausibility = plausibility;
    }

    /** The store read with the analytics' default judgement of attendances. */
    public static EventStoreReader read(MongoDatabase planning) {
        return read(planning, ReconciliationSettings.ATTENDANCE_PLAUSIBILITY);
    }

    public static EventStoreReader read(MongoDatabase planning, AttendancePlausibility plausibility) {
        EventStoreReader reader = new EventStoreReader(plausibility);
        planning.getCollection(PlanningEventStore.CHAIN_STARTS).find().forEach(start -> reader.chainStarts.put(
                String.valueOf(start.get("_id")), ((Number) start.get(PlanningEventStore.CHAIN_START_SEQUENCE))
                        .longValue()));
        // whole documents: the hash covers every field of the event as it is stored
        planning.getCollection(PlanningEventStore.EVENTS).find().forEach(reader::add);
        reader.follow();
        return reader;
    }

    private void add(Document event) {
        String planId = event.getString(PlanningEventStore.AGGREGATE_IDENTIFIER);
        if (planId == null) {
            return;
        }
        chains.computeIfAbsent(planId, id -> new ChainVerifier(chainStarts.get(id))).offer(ChainLink.of(event));
        long sequence = ((Number) event.get(PlanningEventStore.SEQUENCE_NUMBER)).longValue();
        sequences.computeIfAbsent(planId, id -> new TreeSet<>()).add(sequence);
        String type = simpleName(event.getString(PlanningEventStore.PAYLOAD_TYPE));
        if (PlanningEventStore.COUNTED_TYPES.contains(type)) {
            counted.computeIfAbsent(planId, id -> new ArrayList<>()).add(new Counted(sequence, type,
                    payload(event.get(PlanningEventStore.SERIALIZED_PAYLOAD)),
                    instant(event.get(PlanningEventStore.TIMESTAMP))));
        }
        // other events change neither targets, platform activity nor the judgement of attendances
    }

    /** Each plan's counted events in the order of their sequences. */
    private void follow() {
        plans = new HashMap<>();
        platforms = new HashMap<>();
        sequences.forEach((planId, planSequences) -> {
            long targets = 0;
            long choices = 0;
            LocalDate[] period = new LocalDate[2];
            Map<String, Attended> attendances = new LinkedHashMap<>();
            List<Counted> events = counted.getOrDefault(planId, List.of()).stream()
                    .sorted(Comparator.comparingLong(Counted::sequence)).toList();
            for (Counted event : events) {
                JsonNode payload = event.payload();
                String platformId = payload.path(PlanningEventStore.PLATFORM_ID).asText();
                switch (event.type()) {
                    case PlanningEventStore.PLAN_CREATED -> {
                        period[0] = date(payload.path(PlanningEventStore.PERIOD_START));
                        period[1] = date(payload.path(PlanningEventStore.PERIOD_END));
                        targets += payload.path(PlanningEventStore.CARRIED_FORWARD)
                                .path(PlanningEventStore.CARRIED_TARGETS).size();
                    }
                    case PlanningEventStore.TARGET_IDENTIFIED -> targets++;
                    case PlanningEventStore.TARGET_RETIRED -> targets--;
                    case PlanningEventStore.PLATFORM_CHOSEN -> {
                        choices++;
                        count(platformId, new PlatformCounts(1, 0, 0));
                    }
                    case PlanningEventStore.PLATFORM_WITHDRAWN -> {
                        choices--;
                        count(platformId, new PlatformCounts(-1, 0, 0));
                    }
                    case PlanningEventStore.EVENT_ATTENDED -> {
                        Attended attended = new Attended(event.sequence(), platformId,
                                payload.path(PlanningEventStore.CONTACTS_MET).size(),
                                instant(payload.path(PlanningEventStore.ARRIVED_AT)),
                                instant(payload.path(PlanningEventStore.LEFT_AT)), event.storedAt());
                        attendances.put(attendanceId(planId, payload, event.sequence()), attended);
                        count(platformId, new PlatformCounts(0, 1, attended.peopleMet()));
                    }
                    case PlanningEventStore.ATTENDANCE_CORRECTED -> attendances.computeIfPresent(
                            payload.path(PlanningEventStore.ATTENDANCE_ID).asText(), (id, logged) -> {
                                int people = payload.path(PlanningEventStore.CONTACTS_MET).size();
                                count(logged.platformId(), new PlatformCounts(0, 0, people - logged.peopleMet()));
                                return new Attended(logged.sequence(), logged.platformId(), people,
                                        instant(payload.path(PlanningEventStore.ARRIVED_AT)),
                                        instant(payload.path(PlanningEventStore.LEFT_AT)), event.storedAt());
                            });
                    case PlanningEventStore.ATTENDANCE_RETRACTED -> {
                        Attended retracted = attendances.remove(payload.path(PlanningEventStore.ATTENDANCE_ID).asText());
                        if (retracted != null) {
                            count(retracted.platformId(), new PlatformCounts(0, -1, -retracted.peopleMet()));
                        }
                    }
                    default -> throw new IllegalStateException("not a counted event: " + event.type());
                }
            }
            plans.put(planId, new StoredPlan(planId, planSequences, targets, choices,
                    leftOut(planId, attendances.values(), period)));
        });
    }

    public Map<String, StoredPlan> plans() {
        return plans;
    }

    public Map<String, PlatformCounts> platformCounts() {
        return platforms;
    }

    /** Each plan's hash chain; what was published is compared with the store apart (the topic's sequences). */
    public Map<String, ChainVerdict> chains() {
        Map<String, ChainVerdict> verdicts = new HashMap<>();
        chains.forEach((planId, verifier) -> verdicts.put(planId, verifier.verdict(null)));
        return verdicts;
    }

    private void count(String platformId, PlatformCounts change) {
        platforms.merge(platformId, change, PlatformCounts::plus);
    }

    /** The id every service names the attendance by: its own, or for one logged before ids, its plan and sequence. */
    private static String attendanceId(String planId, JsonNode payload, long sequence) {
        JsonNode own = payload.path(PlanningEventStore.ATTENDANCE_ID);
        return AttendanceIds.of(new EventAttended(planId, own.isTextual() ? own.asText() : null, null, null, null, 0, 0,
                0, List.of(), List.of(), null), sequence);
    }

    /** The plan's attendances (as they stand) that cannot have happened as logged, in the order of their sequences. */
    private List<LeftOutAttendance> leftOut(String planId, Collection<Attended> attendances, LocalDate[] period) {
        List<LeftOutAttendance> leftOut = new ArrayList<>();
        attendances.stream()
                .sorted(Comparator.comparingLong(Attended::sequence))
                .forEach(attended -> plausibility.doubt(attended.arrivedAt(), attended.leftAt(), attended.loggedAt(),
                                period[0], period[1])
                        .ifPresent(why -> leftOut.add(new LeftOutAttendance(planId, attended.sequence(), why))));
        return leftOut;
    }

    /** An instant as stored (ISO text, or a date); null when absent or unreadable, which the judgement names. */
    private static Instant instant(Object stored) {
        if (stored instanceof Date date) {
            return date.toInstant();
        }
        String text = stored instanceof JsonNode node ? (node.isTextual() ? node.asText() : null)
                : stored instanceof String value ? value : null;
        try {
            return text == null ? null : Instant.parse(text);
        } catch (DateTimeParseException unreadable) {
            return null;
        }
    }

    private static LocalDate date(JsonNode stored) {
        try {
            return stored.isTextual() ? LocalDate.parse(stored.asText()) : null;
        } catch (DateTimeParseException unreadable) {
            return null;
        }
    }

    private static String simpleName(String type) {
        return type == null ? "" : type.substring(type.lastIndexOf('.') + 1);
    }

    /** Axon keeps the JSON payload as text (or as a nested document / bytes, depending on the serializer). */
    private static JsonNode payload(Object stored) {
        try {
            if (stored instanceof String text) {
                return JSON.readTree(text);
            }
            if (stored instanceof Binary binary) {
                return JSON.readTree(new String(binary.getData(), StandardCharsets.UTF_8));
            }
            if (stored instanceof Document document) {
                return JSON.readTree(document.toJson());
            }
        } catch (JsonProcessingException unreadable) {
            // counted as an empty payload: the counts it feeds will then disagree and be reported
        }
        return JSON.missingNode();
    }
}
