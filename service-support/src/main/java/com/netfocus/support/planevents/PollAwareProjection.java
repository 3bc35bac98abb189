package com.netfocus.support.planevents;

import com.netfocus.contracts.plan.PlanEvent;
import com.netfocus.contracts.plan.PlanEventEnvelope;
import com.netfocus.contracts.plan.UnreadableEventException;
import com.netfocus.support.correlation.CorrelationIdFilter;
import org.slf4j.MDC;
import org.springframework.util.ClassUtils;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * A projection of plan events that keeps its documents by key (a plan, a platform, a contact), applying a poll of the
 * consumer as a whole: every key the poll's events touch is read once, the events are applied to it in memory, in
 * their order, and it is written once when the poll's events are all applied. In a replay or a backlog a poll holds
 * long runs of one plan's events; live, a poll of one event costs one read and one write. Declare beans of this type:
 * the {@link PlanEventBatchListener} gives every poll to each of them, in the order of their {@code @Order}.
 *
 * <p>The protocol, in one place ({@link #applyPoll}):
 * <ol>
 *   <li>{@link #keysOf} each event: the keys it changes here (none: the event is nothing to this projection);</li>
 *   <li>{@link #read} each key once, with the poll's events of it (for what the read needs of them), or all keys
 *   together ({@link #readAll});</li>
 *   <li>{@link #apply} each event, in the poll's order, to the state of each of its keys: a pure function;</li>
 *   <li>{@link #write} each key once, in the order the poll first named the keys, from the state read and the state
 *   the events made, or all keys together ({@link #writeAll}).</li>
 * </ol>
 * Nothing is held from one poll to the next and nothing per thread: a poll's state lives in the call, so consumer
 * threads and a dead letter's replay (a poll of one record, on a request thread) never share any.
 *
 * <p>What an implementation guarantees:
 * <ul>
 *   <li>Records arrive at least once and in order per plan: {@code apply} makes an event already applied (same plan,
 *   same or older sequence, see {@link PlanSequenceGuard}) change nothing, so a redelivered poll writes nothing.</li>
 *   <li>{@code write} is one guarded write per key (a compare-and-set on what {@code read} found, see
 *   {@link com.netfocus.support.guarded.GuardedWrite}): if another writer changed the document in between, it throws
 *   (typically {@link java.util.ConcurrentModificationException}); so does a database that is away. Either way the
 *   consumer retries the whole poll, which reads afresh; what was written before the failure is found applied.</li>
 *   <li>An event it can never apply (it lacks what it must name) throws {@link UnreadableEventException} from
 *   {@code keysOf} or {@code apply}: the keys' states stay as they were, the other events and projections go on, and
 *   the record goes to the dead letters.</li>
 * </ul>
 *
 * @param <S> the state of one key, immutable: {@code apply} returns a new one
 */
public abstract class PollAwareProjection<S> {

    /** The keys whose documents the event changes here, none if it changes nothing here. Pure. */
    protected abstract Collection<String> keysOf(PlanEventEnvelope envelope, PlanEvent event);

    /**
     * The key's state as stored, before any of {@code events} (the poll's events of this key, in order, at least one):
     * one round trip per collection the state is kept in, where possible.
     */
    protected abstract S read(String key, List<PolledEvent> events);

    /**
     * The state with the event applied: pure, no reads, no writes; {@code state} itself if the event changes nothing
     * (a redelivery).
     */
    protected abstract S apply(S state, PlanEventEnvelope envelope, PlanEvent event);

    /**
     * Makes the stored documents of the key what {@code applied} says, {@code stored} being what {@link #read} found:
     * one guarded write, nothing if there is nothing to write (every event of the poll was applied already).
     */
    protected abstract void write(S stored, S applied);

    /** The projection's name in the lag metric and the logs. */
    public String name() {
        Class<?> type = ClassUtils.getUserClass(this);
        return type.getSimpleName().isEmpty() ? type.getName() : type.getSimpleName();
    }

    /**
     * Applies one poll's events: reads each key they touch once, applies them in order, writes each key once.
     * A failure to read or write propagates (nothing is kept: the poll is retried whole).
     *
     * @return the events this projection refuses for good, by their position in {@code events}
     */
    final SortedMap<Integer, UnreadableEventException> applyPoll(List<PolledEvent> events) {
        SortedMap<Integer, UnreadableEventException> refused = new TreeMap<>();
        List<Collection<String>> keysOfEvent = new ArrayList<>(events.size());
        Map<String, List<PolledEvent>> eventsOfKey = new LinkedHashMap<>();
        for (int i = 0; i < events.size(); i++) {
            PolledEvent polled = events.get(i);
            Collection<String> keys = List.of();
            try {
                keys = new LinkedHashSet<>(keysOf(polled.envelope(), polled.event()));
            } catch (UnreadableEventException unreadable) {
                refused.put(i, unreadable);
            }
            keysOfEvent.add(keys);
            keys.forEach(key -> eventsOfKey.computeIfAbsent(key, k -> new ArrayList<>()).add(polled));
        }
        Map<String, S> stored = eventsOfKey.isEmpty() ? Map.of() : readAll(eventsOfKey);
        Map<String, S> applied = new HashMap<>(stored);
        for (int i = 0; i < events.size(); i++) {
            Collection<String> keys = keysOfEvent.get(i);
            if (keys.isEmpty()) {
                continue;
            }
            PolledEvent polled = events.get(i);
            try {
                applied.putAll(inContextOf(polled, () -> appliedToEach(keys, applied, polled)));
            } catch (UnreadableEventException unreadable) {
                refused.put(i, unreadable);
            }
        }
        List<KeyChange<S>> changes = new ArrayList<>(eventsOfKey.size());
        eventsOfKey.forEach((key, ofKey) -> changes.add(new KeyChange<>(key, stored.get(key), applied.get(key),
                ofKey.get(ofKey.size() - 1))));
        if (!changes.isEmpty()) {
            writeAll(changes);
        }
        return refused;
    }

    /**
     * The state of each of the poll's keys as stored, before any of the poll's events (one entry per key of
     * {@code eventsOfKey}). By default {@link #read} key by key, each in the context of the key's first event. A
     * projection whose documents can be read for many keys at once (by {@code _id} with {@code $in}, which the wire
     * server still serves from the index) overrides this, so that a replay's poll of hundreds of plans costs one round
     * trip per collection instead of one per plan.
     */
    protected Map<String, S> readAll(Map<String, List<PolledEvent>> eventsOfKey) {
        Map<String, S> stored = new LinkedHashMap<>();
        eventsOfKey.forEach((key, ofKey) -> stored.put(key, inContextOf(ofKey.get(0), () -> read(key, ofKey))));
        return stored;
    }

    /**
     * Writes each key's change, in the order the poll first named the keys. By default {@link #write} key by key, each
     * in the context of the key's last event. A projection that can write many keys' documents at once overrides this
     * (one guarded bulk write per collection, {@link com.netfocus.support.guarded.GuardedBatch}): it fails as a whole
     * if any document changed meanwhile, and the retried poll finds what was written applied.
     */
    protected void writeAll(List<KeyChange<S>> changes) {
        changes.forEach(change -> inContextOf(change.lastEvent(), () -> {
            write(change.stored(), change.applied());
            return null;
        }));
    }

    /**
     * One key of a poll: its state as read, as the poll's events left it, and the last of its events.
     *
     * @param <S> the state of one key
     */
    public record KeyChange<S>(String key, S stored, S applied, PolledEvent lastEvent) {
    }

    /** The event applied to each of its keys, or (should it be refused for one) to none of them. */
    private Map<String, S> appliedToEach(Collection<String> keys, Map<String, S> states, PolledEvent polled) {
        Map<String, S> next = new HashMap<>();
        for (String key : keys) {
            next.put(key, apply(states.get(key), polled.envelope(), polled.event()));
        }
        return next;
    }

    /**
     * Runs {@code work} with the event's correlation id in the logging context, so that every line logged for it
     * names the request that caused it (for a key's read and write: its first and its last event of the poll).
     */
    static <T> T inContextOf(PolledEvent polled, Supplier<T> work) {
        String correlationId = polled.envelope().correlationId();
        MDC.put(CorrelationIdFilter.MDC_KEY, correlationId == null ? "" : correlationId);
        try {
            return work.get();
        } finally {
            MDC.remove(CorrelationIdFilter.MDC_KEY);
        }
    }
}
