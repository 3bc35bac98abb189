package com.netfocus.support.planevents;

import com.netfocus.contracts.plan.PlanEvent;
import com.netfocus.contracts.plan.PlanEventEnvelope;

/**
 * One record of a poll, read once for every projection of the service: its envelope and its typed event (as the
 * service's {@link PlanEventPreparation} prepared it).
 */
public record PolledEvent(PlanEventEnvelope envelope, PlanEvent event) {
}
