package com.netfocus.contact.planevents;

import com.netfocus.contact.followup.FollowUpProjection;
import com.netfocus.contact.people.PlanPeopleProjection;
import com.netfocus.contracts.plan.PlanEvent;
import com.netfocus.contracts.plan.PlanEventEnvelope;
import com.netfocus.contracts.plan.UnreadableEventException;
import com.netfocus.support.planevents.PlanEventProjection;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.function.BiConsumer;

/**
 * The contact service's one {@link PlanEventProjection} (the shared consumer feeds exactly one bean): hands
 * every plan event to each of the service's projections, people first.
 *
 * <p>Each projection is idempotent on its own, so a record that fails on the database in one of them is simply
 * retried as a whole. A record one projection cannot read is still given to the others before it is reported
 * as unreadable (and skipped), so one projection's refusal never costs another its event.
 */
@Component
class ContactPlanEventProjection implements PlanEventProjection {

    private final List<BiConsumer<PlanEventEnvelope, PlanEvent>> projections;

    ContactPlanEventProjection(PlanPeopleProjection people, FollowUpProjection followUps) {
        this.projections = List.of(people::apply, followUps::apply);
    }

    @Override
    public void apply(PlanEventEnvelope envelope, PlanEvent event) {
        UnreadableEventException unreadable = null;
        for (BiConsumer<PlanEventEnvelope, PlanEvent> projection : projections) {
            try {
                projection.accept(envelope, event);
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
