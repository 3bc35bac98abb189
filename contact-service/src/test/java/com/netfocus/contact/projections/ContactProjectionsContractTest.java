package com.netfocus.contact.projections;

import com.netfocus.contact.contact.Contact;
import com.netfocus.contact.followup.FollowUpEntry;
import com.netfocus.contact.followup.FollowUpPlan;
import com.netfocus.contact.people.PlanPeople;
import com.netfocus.contact.testing.PeopleStream;
import com.netfocus.contracts.plan.PlanEventEnvelope;
import com.netfocus.infrastructure.testing.TestInfrastructure;
import com.netfocus.support.deadletter.DeadLetterStore;
import com.netfocus.support.personaldata.PersonalData;
import com.netfocus.support.planevents.MongoCommands;
import com.netfocus.support.planevents.PlanEventPreparation;
import com.netfocus.support.planevents.PlanStreams;
import com.netfocus.support.planevents.PollAwareProjection;
import com.netfocus.support.planevents.PollAwareProjectionContract;
import com.netfocus.support.planevents.ProjectionFixture;
import com.netfocus.support.planevents.StoredProjection;
import org.bson.Document;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

/**
 * The contact service's projections (the plan's people with the contacts made from the people met, the follow-ups)
 * keep the contract of every poll-aware projection ({@link PollAwareProjectionContract}), each with a seeded org whose
 * plans meet people (sealed, as planning stores them; some of them known contacts, some met again) and promise and
 * complete follow-ups.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(MongoCommands.Registration.class)
class ContactProjectionsContractTest extends PollAwareProjectionContract {

    @RegisterExtension
    static final TestInfrastructure infrastructure = new TestInfrastructure("contact", "contract");
    private static final String ORG = "org-contract";
    private static final List<String> KNOWN = IntStream.range(0, 6).mapToObj(rep -> "known-" + rep).toList();

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        infrastructure.register(registry);
    }

    @Autowired
    MongoTemplate mongo;
    @Autowired
    List<PollAwareProjection<?>> beans;
    @Autowired
    DeadLetterStore deadLetters;
    @Autowired
    PlanEventPreparation revealed;
    @Autowired
    PersonalData personalData;

    @Override
    protected List<ProjectionFixture> projections() {
        return beans.stream().map(this::fixture).toList();
    }

    @Override
    protected DeadLetterStore deadLetters() {
        return deadLetters;
    }

    @Override
    protected PlanEventPreparation preparation() {
        return revealed;
    }

    private ProjectionFixture fixture(PollAwareProjection<?> projection) {
        List<String> collections = switch (projection.name()) {
            case "PlanPeopleProjection" -> List.of(PlanPeople.COLLECTION, Contact.COLLECTION, "contact_keys");
            case "FollowUpProjection" -> List.of(FollowUpEntry.COLLECTION, FollowUpPlan.COLLECTION);
            default -> throw new IllegalStateException("a contact projection the contract does not know: "
                    + projection.name());
        };
        // the contacts' person ids and the keys' contact ids are sets; a contact is marked published by the broker's
        // acknowledgement, whenever that comes
        return new StoredProjection(projection, mongo, () -> collections, List.of("keyIds", "contactIds"),
                List.of(Contact.REGISTERED_PUBLISHED), this::stream, this::knownContacts);
    }

    /** The seeded stream, then a third of its events again (redeliveries, as after a rebalance). */
    private List<PlanEventEnvelope> stream(long seed, int plans) {
        return PlanStreams.withRedeliveries(new PeopleStream(ORG, new Random(seed), personalData, KNOWN)
                .events(plans));
    }

    /** One contact of each rep, which the plans name as targets and people met (completed from it). */
    private void knownContacts() {
        for (int rep = 0; rep < KNOWN.size(); rep++) {
            if (mongo.findById(KNOWN.get(rep), Document.class, Contact.COLLECTION) == null) {
                mongo.insert(new Document("_id", KNOWN.get(rep)).append("org", ORG)
                        .append("createdBy", PeopleStream.repOf(rep)).append("ownerId", PeopleStream.repOf(rep))
                        .append("team", "team-" + rep % 2).append("createdAt", Date.from(Instant.EPOCH))
                        .append("name", "Known " + rep).append("company", "Kco").append("position", "Director")
                        .append("email", "known" + rep + "@kco.example").append("emailKey", "known" + rep
                                + "@kco.example").append("nameKey", "known " + rep + "|kco")
                        .append("registeredPublished", true), Contact.COLLECTION);
            }
        }
    }
}
