package com.netfocus.planning.erasure;

import com.netfocus.contracts.plan.EventAttended;
import com.netfocus.contracts.plan.FollowUp;
import com.netfocus.contracts.plan.PersonMet;
import com.netfocus.contracts.plan.PersonalDataErased;
import com.netfocus.planning.TestRules;
import com.netfocus.planning.plan.NetworkingPlan;
import com.netfocus.support.personaldata.InMemoryKeyVault;
import com.netfocus.support.personaldata.PersonalData;
import com.netfocus.support.problem.NotFoundException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import static com.netfocus.planning.plan.PlanGivens.CALLER;
import static com.netfocus.planning.plan.PlanGivens.CHOSEN;
import static com.netfocus.planning.plan.PlanGivens.CREATED;
import static com.netfocus.planning.plan.PlanGivens.OBJECTIVE;
import static com.netfocus.planning.plan.PlanGivens.ORG;
import static com.netfocus.planning.plan.PlanGivens.PLAN;
import static com.netfocus.planning.plan.PlanGivens.PROGRAM_END;
import static com.netfocus.planning.plan.PlanGivens.PROGRAM_START;
import static com.netfocus.planning.plan.PlanGivens.TARGET;
import static com.netfocus.planning.plan.PlanGivens.attendance;
import static org.assertj.core.api.Assertions.assertThat;

/** The plan's side of personal data: sealed in the events it records, and the erasure recorded once per person. */
class ErasureRulesTest {

    private static final Instant ERASED_AT = Instant.parse("2030-05-01T09:00:00Z");
    private static final PersonMet ADA = new PersonMet(null, "Ada Lovelace", "Acme", "finance", "CFO", "healthcare",
            "ada@acme.test", "t1", "p-ada");
    private static final PersonMet GRACE = new PersonMet("c-grace", "Grace Hopper", "Navy", null, null, null,
            "grace@navy.test", null);
    private static final EventAttended ATTENDED = new EventAttended(PLAN, "p1", PROGRAM_START, PROGRAM_END, 0, 0, 2,
            List.of(ADA, GRACE), List.of(), null);

    private final PersonalData personalData = new PersonalData(new InMemoryKeyVault());
    private AggregateTestFixture<NetworkingPlan> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(NetworkingPlan.class);
        fixture.registerInjectableResource(TestRules.plan());
        fixture.registerInjectableResource(new VaultSealing(personalData));
    }

    @Test
    void an_attendance_records_names_and_emails_sealed_under_each_persons_key() {
        FollowUp call = new FollowUp("f1", null, "Ada Lovelace", null, PROGRAM_START.atZone(java.time.ZoneOffset.UTC)
                .toLocalDate().plusDays(2), "call", "p-ada");
        fixture.given(CREATED, OBJECTIVE, TARGET, CHOSEN)
                .when(attendance(PROGRAM_START, PROGRAM_END, List.of(ADA, GRACE), List.of(call), null,
                        Set.of("c-grace")), CALLER)
                .expectSuccessfulHandlerExecution()
                .expectState(plan -> {
                    EventAttended stored = plan.view().attendance().get(0);
                    PersonMet ada = stored.contactsMet().get(0);
                    PersonMet grace = stored.contactsMet().get(1);
                    assertThat(ada.name()).startsWith("pii:v1:p-ada:").doesNotContain("Ada");
                    assertThat(ada.email()).startsWith("pii:v1:p-ada:").doesNotContain("ada@");
                    assertThat(ada.company()).isEqualTo("Acme");
                    assertThat(grace.name()).startsWith("pii:v1:c-grace:");
                    assertThat(stored.followUps().get(0).personName()).startsWith("pii:v1:p-ada:");
                    assertThat(personalData.reveal(ada.name())).isEqualTo("Ada Lovelace");
                    assertThat(personalData.reveal(grace.email())).isEqualTo("grace@navy.test");
                });
    }

    @Test
    void an_erasure_is_recorded_in_a_plan_that_met_the_person() {
        fixture.given(CREATED, OBJECTIVE, TARGET, CHOSEN, ATTENDED)
                .when(erase("c-ada", "p-ada"))
                .expectEvents(new PersonalDataErased(PLAN, "c-ada", ERASED_AT));
    }

    @Test
    void a_known_contact_met_or_targeted_is_found_by_contact_id() {
        fixture.given(CREATED, OBJECTIVE, TARGET, CHOSEN, ATTENDED)
                .when(erase("c-grace"))
                .expectEvents(new PersonalDataErased(PLAN, "c-grace", ERASED_AT));
    }

    @Test
    void a_second_erasure_of_the_same_contact_adds_nothing() {
        fixture.given(CREATED, OBJECTIVE, TARGET, CHOSEN, ATTENDED, new PersonalDataErased(PLAN, "c-ada", ERASED_AT))
                .when(erase("c-ada", "p-ada"))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void a_plan_that_never_named_the_person_records_nothing() {
        fixture.given(CREATED, OBJECTIVE, TARGET, CHOSEN, ATTENDED)
                .when(erase("c-stranger", "p-stranger"))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void an_erasure_from_another_org_does_not_find_the_plan() {
        fixture.given(CREATED, OBJECTIVE, TARGET, CHOSEN, ATTENDED)
                .when(new ErasePersonalData(PLAN, "c-ada", Set.of("c-ada", "p-ada"), ERASED_AT, "other-org"))
                .expectException(NotFoundException.class)
                .expectNoEvents();
    }

    private static ErasePersonalData erase(String contactId, String... aliases) {
        Set<String> keys = new java.util.HashSet<>(List.of(aliases));
        keys.add(contactId);
        return new ErasePersonalData(PLAN, contactId, keys, ERASED_AT, ORG);
    }
}
