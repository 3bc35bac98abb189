package com.netfocus.support.planevents;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * What a {@link PollAwareProjection} holds back during a poll: per key (a plan, a platform) the change read at the
 * poll's first event of it and applied in memory since, written in the order the poll first named them when the poll
 * ends. Kept per consumer thread: threads consume different partitions, which never share a plan. Outside a poll (a
 * dead letter's replay on a request thread) a change is read, applied and written at once.
 *
 * @param <C> an immutable change: applying an event returns a new one, so an event that is refused (it throws) leaves
 *            the held change as it was
 */
public final class HeldBackChanges<C> {

    private final ThreadLocal<Map<String, C>> poll = new ThreadLocal<>();
    private final Predicate<C> changed;
    private final Consumer<C> write;

    /**
     * @param changed whether a change holds something to write
     * @param write   writes a change (the projection's one guarded write); a failure propagates
     */
    public HeldBackChanges(Predicate<C> changed, Consumer<C> write) {
        this.changed = changed;
        this.write = write;
    }

    /**
     * Applies {@code event} to the key's change, held back during this thread's poll, else written at once.
     * {@code read} gives the change as stored, nothing applied yet: called at the poll's first event of the key only.
     */
    public void apply(String key, Supplier<C> read, UnaryOperator<C> event) {
        Map<String, C> held = poll.get();
        if (held == null) {
            write.accept(event.apply(read.get()));
            return;
        }
        C current = held.get(key);
        if (current == null) {
            current = read.get();
            held.put(key, current);
        }
        held.put(key, event.apply(current));
    }

    /** See {@link PollAwareProjection#pollStarted()}. */
    public void pollStarted() {
        poll.set(new LinkedHashMap<>());
    }

    /** See {@link PollAwareProjection#pollApplied()}: writes what is held, in first-seen order; a failure propagates. */
    public void pollApplied() {
        Map<String, C> held = poll.get();
        if (held != null) {
            held.values().forEach(write);
        }
        poll.remove();
    }

    /** See {@link PollAwareProjection#pollAbandoned()}. */
    public void pollAbandoned() {
        poll.remove();
    }

    /** See {@link PollAwareProjection#holdsBackWrites()}. */
    public boolean holdsBackWrites() {
        Map<String, C> held = poll.get();
        return held != null && held.values().stream().anyMatch(changed);
    }
}
