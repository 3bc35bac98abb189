package com.netfocus.support.planevents;

import com.netfocus.contracts.plan.PlanEvent;
import com.netfocus.contracts.plan.PlanEventEnvelope;
import com.netfocus.contracts.plan.UnreadableEventException;

import org.springframework.util.ClassUtils;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Hands every plan event to each of a service's projections, in their defined order (their {@code @Order}).
 *
 * <p>Each projection is idempotent on its own, so a record that fails on the database in one of them is simply
 * retried as a whole: that failure propagates at once. A record one projection cannot read is still given to
 * the others before it is reported as unreadable (and skipped), so one projection's refusal never costs another
 * its event.
 *
 * <p>The poll's beginning and end are passed on to the {@link PollAwareProjection}s among them. The lag of such a
 * projection is recorded when its poll's writes were made durable ({@link #pollApplied()}), not when it held an
 * event back: the lag says when an event's effect can be read, and a poll that is abandoned records none.
 */
final class PlanEventFanOut implements PollAwareProjection {

    private final List<PlanEventProjection> projections;
    private final List<String> names;
    private final ProjectionLag lag;
    /** Per consumer thread, during a poll: per projection, when the events it holds back occurred (for the lag). */
    private final ThreadLocal<List<List<Instant>>> heldBackOccurrences = new ThreadLocal<>();

    PlanEventFanOut(List<PlanEventProjection> projections) {
        this(projections, null);
    }

    /** @param lag where each projection's lag is recorded (null: not recorded) */
    PlanEventFanOut(List<PlanEventProjection> projections, ProjectionLag lag) {
        this.projections = List.copyOf(projections);
        this.names = this.projections.stream()
                .map(projection -> ClassUtils.getUserClass(projection).getSimpleName())
                .toList();
        this.lag = lag;
    }

    @Override
    public void apply(PlanEventEnvelope envelope, PlanEvent event) {
        UnreadableEventException unreadable = null;
        for (int i = 0; i < projections.size(); i++) {
            try {
                projections.get(i).apply(envelope, event);
                applied(i, envelope.occurredAt());
            } catch (UnreadableEventException e) {
                if (unreadable == null) {
                    unreadable = e;
                } else {
                    unreadable.addSuppressed(e);
                }
            }
        }
        if (unreadable != null) {
            throw unreadable;
        }
    }

    @Override
    public void pollStarted() {
        List<List<Instant>> occurrences = new ArrayList<>();
        projections.forEach(projection -> occurrences.add(new ArrayList<>()));
        heldBackOccurrences.set(occurrences);
        for (PlanEventProjection projection : projections) {
            if (projection instanceof PollAwareProjection pollAware) {
                pollAware.pollStarted();
            }
        }
    }

    /** Makes each projection's held-back writes durable in their order; the first failure propagates. */
    @Override
    public void pollApplied() {
        List<List<Instant>> occurrences = heldBackOccurrences.get();
        for (int i = 0; i < projections.size(); i++) {
            if (projections.get(i) instanceof PollAwareProjection pollAware) {
                pollAware.pollApplied();
                if (lag != null && occurrences != null) {
                    String name = names.get(i);
                    occurrences.get(i).forEach(occurredAt -> lag.applied(name, occurredAt));
                }
            }
        }
        heldBackOccurrences.remove();
    }

    @Override
    public void pollAbandoned() {
        heldBackOccurrences.remove();
        for (PlanEventProjection projection : projections) {
            if (projection instanceof PollAwareProjection pollAware) {
                pollAware.pollAbandoned();
            }
        }
    }

    @Override
    public boolean holdsBackWrites() {
        return projections.stream()
                .anyMatch(projection -> projection instanceof PollAwareProjection pollAware && pollAware.holdsBackWrites());
    }

    /** Records the lag now, or, for a projection that holds writes back during this thread's poll, when they are made. */
    private void applied(int projection, Instant occurredAt) {
        if (lag == null) {
            return;
        }
        List<List<Instant>> occurrences = heldBackOccurrences.get();
        if (occurrences != null && projections.get(projection) instanceof PollAwareProjection) {
            occurrences.get(projection).add(occurredAt);
        } else {
            lag.applied(names.get(projection), occurredAt);
        }
    }
}
