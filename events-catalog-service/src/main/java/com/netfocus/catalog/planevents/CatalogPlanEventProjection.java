package com.netfocus.catalog.planevents;

import com.netfocus.catalog.activity.PlatformActivityProjection;
import com.netfocus.catalog.planneeds.PlanNeedsProjection;
import com.netfocus.contracts.plan.PlanEvent;
import com.netfocus.contracts.plan.PlanEventEnvelope;
import com.netfocus.contracts.plan.UnreadableEventException;
import com.netfocus.support.planevents.PlanEventProjection;
import org.springframework.stereotype.Component;

/**
 * The catalog's one {@link PlanEventProjection} (the shared consumer feeds exactly one bean): hands every plan
 * event to each of the catalog's projections.
 *
 * <p>Each projection is idempotent on its own, so a record that fails on the database in one of them is simply
 * retried as a whole. A record one projection cannot read is still given to the others before it is reported
 * as unreadable (and skipped), so one projection's refusal never costs another its event.
 */
@Component
class CatalogPlanEventProjection implements PlanEventProjection {

    private final PlatformActivityProjection activity;
    private final PlanNeedsProjection needs;

    CatalogPlanEventProjection(PlatformActivityProjection activity, PlanNeedsProjection needs) {
        this.activity = activity;
        this.needs = needs;
    }

    @Override
    public void apply(PlanEventEnvelope envelope, PlanEvent event) {
        UnreadableEventException unreadable = null;
        try {
            needs.apply(envelope, event);
        } catch (UnreadableEventException e) {
            unreadable = e;
        }
        try {
            activity.apply(envelope, event);
        } catch (UnreadableEventException e) {
            if (unreadable == null) {
                unreadable = e;
            } else {
                unreadable.addSuppressed(e);
            }
        }
        if (unreadable != null) {
            throw unreadable;
        }
    }
}
