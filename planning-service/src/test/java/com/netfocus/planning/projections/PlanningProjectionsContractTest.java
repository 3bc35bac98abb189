package com.netfocus.planning.projections;

import com.netfocus.planning.planlist.PlanListFixture;
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
import java.util.UUID;

/**
 * Planning's own projections of its plan events, the plan list and the teams' choices, keep the contract of every
 * poll-aware projection ({@link PollAwareProjectionContract}): applied in polls each writes what it writes event by
 * event, a redelivered poll writes nothing, a failed write or another writer in between loses nothing once the poll is
 * retried, and a replay from the topic's first offset writes what the live consumer wrote (a team's version, which
 * counts writes, left out of the comparison): both are rebuilt by replaying the plan events topic into an empty store.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(MongoCommands.Registration.class)
class PlanningProjectionsContractTest extends PollAwareProjectionContract {

    private static final String ORG = "org-" + UUID.randomUUID();
    /** The org's audit trail keeps the same contract in AuditProjectionContractTest, on a stream of its own. */
    private static final String AUDIT_TRAIL = "PlanEventAudit";

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestInfrastructure.register(registry, "contract");
    }

    @Autowired
    MongoTemplate mongo;
    @Autowired
    List<PollAwareProjection<?>> beans;
    @Autowired
    DeadLetterStore deadLetters;

    @Override
    protected List<ProjectionFixture> projections() {
        return beans.stream().filter(projection -> !projection.name().equals(AUDIT_TRAIL)).map(projection -> {
            if (PlanListFixture.isPlanList(projection)) {
                return PlanListFixture.of(projection, mongo, ORG);
            }
            if (!projection.name().equals("TeamChoicesProjection")) {
                throw new IllegalStateException("a planning projection the contract does not know: "
                        + projection.name());
            }
            return (ProjectionFixture) new StoredProjection(projection, mongo,
                    () -> List.of(com.netfocus.planning.team.TeamChoices.COLLECTION), List.of(), List.of("version"),
                    (seed, plans) -> TeamStream.of(ORG, seed, plans), () -> { });
        }).toList();
    }

    @Override
    protected DeadLetterStore deadLetters() {
        return deadLetters;
    }
}
