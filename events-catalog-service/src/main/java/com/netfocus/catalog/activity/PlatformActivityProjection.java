package com.netfocus.catalog.activity;

import com.netfocus.contracts.plan.EventAttended;
import com.netfocus.contracts.plan.PlanEvent;
import com.netfocus.contracts.plan.PlanEventEnvelope;
import com.netfocus.contracts.plan.PlatformChosen;
import com.netfocus.contracts.plan.UnreadableEventException;
import com.netfocus.support.planevents.PlanEventProjection;
import org.springframework.core.annotation.Order;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Counts per platform how often plans chose it, attended it, and how many people were met there. Gets each plan
 * event after the plan needs.
 */
@Component
@Order(2)
public class PlatformActivityProjection implements PlanEventProjection {

    private final PlatformActivityStore store;

    public PlatformActivityProjection(PlatformActivityStore store) {
        this.store = store;
    }

    @Override
    public void apply(PlanEventEnvelope envelope, PlanEvent event) {
        if (event instanceof PlatformChosen chosen) {
            store.apply(envelope, platformOf(envelope, chosen.platformId()),
                    new Update().inc(PlatformActivity.TIMES_CHOSEN, 1L));
        } else if (event instanceof EventAttended attended) {
            store.apply(envelope, platformOf(envelope, attended.platformId()), new Update()
                    .inc(PlatformActivity.ATTENDANCES, 1L)
                    .inc(PlatformActivity.PEOPLE_MET, (long) attended.contactsMet().size()));
        }
    }

    private static String platformOf(PlanEventEnvelope envelope, String platformId) {
        if (platformId == null || platformId.isBlank()) {
            throw new UnreadableEventException(envelope.type() + " " + envelope.eventId() + " names no platform", null);
        }
        return platformId;
    }
}
