package com.netfocus.planning.planlist;

import com.netfocus.support.planevents.PollAwareProjection;
import com.netfocus.support.planevents.ProjectionFixture;
import com.netfocus.support.planevents.StoredProjection;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.util.List;
import java.util.Random;

/**
 * The plan list as the poll-aware contract runs it: the collections it writes (the plans, their entries in the buckets
 * of their scopes, the scopes' counts) and a seeded stream of plans.
 */
public final class PlanListFixture {

    private PlanListFixture() {
    }

    public static boolean isPlanList(PollAwareProjection<?> projection) {
        return projection instanceof PlanListProjection;
    }

    public static ProjectionFixture of(PollAwareProjection<?> projection, MongoTemplate mongo, String org) {
        return new StoredProjection(projection, mongo, () -> List.of(PlanListStore.PLANS, PlanListStore.BUCKETS,
                PlanListStore.SCOPES), List.of(), (seed, plans) -> new PlanListStream(org, new Random(seed))
                .events(plans), () -> { });
    }
}
