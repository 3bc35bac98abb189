package com.netfocus.support.planevents;

import com.netfocus.contracts.plan.PlanEvent;
import com.netfocus.contracts.plan.PlanEventEnvelope;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * A projection as the contract disturbs it: the real one, reading and writing a poll's keys its own way, whose n-th
 * key's write fails (the database goes away after the keys before it were written) or whose reads are followed by
 * another writer's work, until that work reports it wrote something.
 */
final class Interfered<S> extends PollAwareProjection<S> {

    private final PollAwareProjection<S> projection;
    private int writesBeforeFailure = -1;
    private Predicate<String> afterRead;

    private Interfered(PollAwareProjection<S> projection) {
        this.projection = projection;
    }

    static <S> Interfered<S> of(PollAwareProjection<S> projection) {
        return new Interfered<>(projection);
    }

    /** The write after {@code writes} more writes fails, once. */
    Interfered<S> failingAfter(int writes) {
        this.writesBeforeFailure = writes;
        return this;
    }

    /** After each read of a key, runs this with the key until it answers true (it wrote something), once. */
    Interfered<S> meanwhile(Predicate<String> otherWriter) {
        this.afterRead = otherWriter;
        return this;
    }

    @Override
    protected Collection<String> keysOf(PlanEventEnvelope envelope, PlanEvent event) {
        return projection.keysOf(envelope, event);
    }

    @Override
    protected S read(String key, List<PolledEvent> events) {
        return readAll(Map.of(key, events)).get(key);
    }

    /** The projection's own reading of the poll's keys, then the other writer's work on them. */
    @Override
    protected Map<String, S> readAll(Map<String, List<PolledEvent>> eventsOfKey) {
        Map<String, S> stored = projection.readAll(eventsOfKey);
        for (String key : eventsOfKey.keySet()) {
            if (afterRead != null && afterRead.test(key)) {
                afterRead = null;
            }
        }
        return stored;
    }

    @Override
    protected S apply(S state, PlanEventEnvelope envelope, PlanEvent event) {
        return projection.apply(state, envelope, event);
    }

    @Override
    protected void write(S stored, S applied) {
        throw new UnsupportedOperationException("written through writeAll");
    }

    /** The projection's own writing of the poll's keys, broken off before the failing write if one is due. */
    @Override
    protected void writeAll(List<KeyChange<S>> changes) {
        if (writesBeforeFailure < 0 || writesBeforeFailure >= changes.size()) {
            writesBeforeFailure = writesBeforeFailure < 0 ? -1 : writesBeforeFailure - changes.size();
            projection.writeAll(changes);
            return;
        }
        projection.writeAll(changes.subList(0, writesBeforeFailure));
        writesBeforeFailure = -1;
        throw new IllegalStateException("database away");
    }

    @Override
    public String name() {
        return projection.name();
    }
}
