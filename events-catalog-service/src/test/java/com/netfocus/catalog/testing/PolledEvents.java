package com.netfocus.catalog.testing;

import com.netfocus.catalog.analytics.AnalyticsStream;
import com.netfocus.contracts.plan.PlanEventEnvelope;
import com.netfocus.support.planevents.PlanStreams;

import java.util.List;
import java.util.Random;

/** For the tests of the catalog's projections: a seeded stream of many plans' events with redeliveries. */
public final class PolledEvents {

    private PolledEvents() {
    }

    /** A seeded org's plan events, interleaved, then a third of them again (redeliveries, as after a rebalance). */
    public static List<PlanEventEnvelope> stream(String org, List<String> platforms, long seed, int plans) {
        return PlanStreams.withRedeliveries(new AnalyticsStream(org, platforms, new Random(seed), plans).events());
    }
}
