package com.netfocus.support.planevents;

import com.netfocus.contracts.plan.PlanEvent;

import java.util.List;

/**
 * What a service does to each plan event once, between reading the record and handing the event to all its
 * projections (the contact service reveals the personal fields its projections keep): once per poll, for the poll's
 * events together, so that what it looks up for them (the keys of the people in them) is looked up once. Declare at
 * most one bean of this type; without one, the events go to the projections as read.
 */
@FunctionalInterface
public interface PlanEventPreparation {

    /** The events prepared, one for each of {@code events}, in their order. */
    List<PlanEvent> prepared(List<PlanEvent> events);
}
