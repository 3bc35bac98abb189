package com.netfocus.planning.planlist;

import com.netfocus.planning.support.TestInfrastructure;
import com.netfocus.support.deadletter.DeadLetterStore;
import com.netfocus.support.planevents.MongoCommands;
import com.netfocus.support.planevents.PollAwareProjection;
import com.netfocus.support.planevents.PollAwareProjectionContract;
import com.netfocus.support.planevents.ProjectionFixture;
import com.netfocus.support.planevents.StoredProjection;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.util.List;
import java.util.Random;

/**
 * The plan list keeps the contract of every poll-aware projection ({@link PollAwareProjectionContract}): applied in
 * polls it writes what it writes event by event (the plans, their entries in the buckets of their scopes, the scopes'
 * counts), a redelivered poll writes nothing, a failed write or another writer in between loses nothing once the poll
 * is retried, and a replay from the topic's first offset writes what the live consumer wrote: the list is rebuilt by
 * replaying the plan events topic into an empty store.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(MongoCommands.Registration.class)
class PlanListContractTest extends PollAwareProjectionContract {

    private static final String ORG = "org-contract";

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestInfrastructure.register(registry, "plan-list-contract");
    }

    @Autowired
    MongoTemplate mongo;
    @Autowired
    List<PollAwareProjection<?>> beans;
    @Autowired
    DeadLetterStore deadLetters;

    @Override
    protected List<ProjectionFixture> projections() {
        return beans.stream().map(projection -> {
            if (!(projection instanceof PlanListProjection)) {
                throw new IllegalStateException("a planning projection the contract does not know: "
                        + projection.name());
            }
            return (ProjectionFixture) new StoredProjection(projection, mongo, () -> List.of(PlanListStore.PLANS,
                    PlanListStore.BUCKETS, PlanListStore.SCOPES), List.of(), (seed, plans) ->
                    new PlanListStream(ORG, new Random(seed)).events(plans), () -> { });
        }).toList();
    }

    @Override
    protected DeadLetterStore deadLetters() {
        return deadLetters;
    }
}
