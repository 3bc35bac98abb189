package com.netfocus.support.planevents;

import com.netfocus.contracts.plan.ObjectiveDefined;
import com.netfocus.contracts.plan.PlanEvent;
import com.netfocus.contracts.plan.PlanEventEnvelope;
import com.netfocus.contracts.plan.UnreadableEventException;
import com.netfocus.support.correlation.CorrelationIdFilter;
import org.slf4j.MDC;

import java.util.ArrayList;
import java.util.Collection;
import java.util.ConcurrentModificationException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A projection kept in memory, for the protocol's tests: per plan the events applied (their sequences, guarded like
 * by sequence), and per objective of an ObjectiveDefined a second key, so that one event can touch two. It records
 * every call, refuses an ObjectiveDefined without objective id, and can fail a read or a write, or see another writer
 * change a key between its read and its write.
 */
class Ledger extends PollAwareProjection<Ledger.Entry> {

    /** A key's state: the sequences applied (text, so that a change shows), and the last applied. */
    record Entry(String key, String applied, long last) {

        Entry with(long sequence) {
            return new Entry(key, applied + "#" + sequence, sequence);
        }
    }

    final Map<String, Entry> durable = new TreeMap<>();
    final List<String> calls = new ArrayList<>();
    int failingReads;
    int failingWrites;
    /** Another writer applies the key's first event between the poll's read of the key and its write, once. */
    String changedMeanwhile;

    @Override
    protected Collection<String> keysOf(PlanEventEnvelope envelope, PlanEvent event) {
        if (event instanceof ObjectiveDefined defined) {
            return List.of(envelope.planId(), "objective " + defined.objectiveId());
        }
        return List.of(envelope.planId());
    }

    @Override
    protected Entry read(String key, List<PolledEvent> events) {
        calls.add("read " + key + " for " + events.size() + " in " + MDC.get(CorrelationIdFilter.MDC_KEY));
        if (failingReads > 0) {
            failingReads--;
            throw new IllegalStateException("database away");
        }
        Entry stored = durable.getOrDefault(key, new Entry(key, "", PlanSequenceGuard.NOTHING_APPLIED));
        if (key.equals(changedMeanwhile)) {
            changedMeanwhile = null;
            durable.put(key, stored.with(0));
        }
        return stored;
    }

    @Override
    protected Entry apply(Entry state, PlanEventEnvelope envelope, PlanEvent event) {
        calls.add("apply " + state.key() + " " + envelope.sequence() + " in " + MDC.get(CorrelationIdFilter.MDC_KEY));
        if (event instanceof ObjectiveDefined defined && state.key().startsWith("objective ")
                && defined.statement() == null) {
            throw new UnreadableEventException("objective without statement", null);
        }
        if (event instanceof ObjectiveDefined defined && (defined.objectiveId() == null
                || defined.objectiveId().isBlank())) {
            throw new UnreadableEventException("objective without id", null);
        }
        return envelope.sequence() > state.last() ? state.with(envelope.sequence()) : state;
    }

    @Override
    protected void write(Entry stored, Entry applied) {
        if (stored.equals(applied)) {
            return;
        }
        if (failingWrites > 0) {
            failingWrites--;
            calls.add("write " + applied.key() + " failed");
            throw new IllegalStateException("database away");
        }
        Entry current = durable.getOrDefault(stored.key(), new Entry(stored.key(), "", PlanSequenceGuard.NOTHING_APPLIED));
        if (current.last() != stored.last()) {
            calls.add("write " + applied.key() + " refused");
            throw new ConcurrentModificationException(applied.key() + " changed meanwhile");
        }
        calls.add("write " + applied.key() + " " + applied.applied());
        durable.put(applied.key(), applied);
    }
}
