package com.netfocus.support.planevents;

import com.netfocus.contracts.plan.PlanEvent;
import com.netfocus.contracts.plan.PlanEventEnvelope;
import com.netfocus.contracts.plan.UnreadableEventException;

import org.springframework.util.ClassUtils;

import java.util.List;

/**
 * Hands every plan event to each of a service's projections, in their defined order (their {@code @Order}).
 *
 * <p>Each projection is idempotent on its own, so a record that fails on the database in one of them is simply
 * retried as a whole: that failure propagates at once. A record one projection cannot read is still given to
 * the others before it is reported as unreadable (and skipped), so one projection's refusal never costs another
 * its event.
 */
final class PlanEventFanOut implements PlanEventProjection {

    private final List<PlanEventProjection> projections;
    private final List<String> names;
    private final ProjectionLag lag;

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
                if (lag != null) {
                    lag.applied(names.get(i), envelope.occurredAt());
                }
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
}
