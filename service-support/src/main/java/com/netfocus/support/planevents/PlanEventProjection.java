package com.netfocus.support.planevents;

import com.netfocus.contracts.plan.PlanEvent;
import com.netfocus.contracts.plan.PlanEventEnvelope;

/**
 * What a service does with one plan event read from Kafka. Declare beans of this type and the
 * {@link PlanEventsAutoConfiguration} feeds each of them every readable event of the plan events topic, in
 * the order of their {@code @Order} (see {@link PlanEventFanOut}).
 *
 * <p>Records arrive at least once and in order per plan: an implementation must make a redelivered
 * envelope (same plan, same or older {@link PlanEventEnvelope#sequence()}) change nothing. Throwing
 * {@link com.netfocus.contracts.plan.UnreadableEventException} (the record can never be applied) sends it to the
 * service's dead letters and the records after it are applied ({@link PlanEventBatchListener}); throwing anything
 * else (the database is away) retries it with back-off until it succeeds. A projection that would rather write once
 * per poll than once per event implements {@link PollAwareProjection}.
 */
@FunctionalInterface
public interface PlanEventProjection {

    void apply(PlanEventEnvelope envelope, PlanEvent event);
}
