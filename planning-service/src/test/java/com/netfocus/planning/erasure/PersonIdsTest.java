package com.netfocus.planning.erasure;

import com.netfocus.contracts.plan.FollowUp;
import com.netfocus.contracts.plan.PersonMet;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class PersonIdsTest {

    private final AtomicInteger next = new AtomicInteger();
    private final PersonIds ids = new PersonIds(() -> "p-" + next.incrementAndGet());

    @Test
    void people_met_by_name_get_an_id_known_contacts_and_client_ids_do_not_count() {
        List<PersonMet> people = ids.forPeople(Arrays.asList(
                new PersonMet(null, "Ada", null, null, null, null, null, null, "chosen-by-client"),
                new PersonMet("c-1", "Grace", null, null, null, null, null, null, "chosen-by-client"),
                null));

        assertThat(people.get(0).personId()).isEqualTo("p-1");
        assertThat(people.get(0).keyId()).isEqualTo("p-1");
        assertThat(people.get(1).personId()).isNull();
        assertThat(people.get(1).keyId()).isEqualTo("c-1");
        assertThat(people.get(2)).isNull();
    }

    @Test
    void a_follow_up_to_a_person_met_shares_their_id_others_get_their_own() {
        List<PersonMet> people = ids.forPeople(List.of(new PersonMet(null, "Ada  Lovelace", null, null, null, null,
                null, null)));
        LocalDate due = LocalDate.of(2030, 1, 2);
        List<FollowUp> followUps = ids.forFollowUps(Arrays.asList(
                new FollowUp("f1", null, "ada lovelace", null, due, "call"),
                new FollowUp("f2", null, "Bob", null, due, "mail"),
                new FollowUp("f3", "c-9", null, null, due, "visit"),
                null), people);

        assertThat(followUps.get(0).personId()).isEqualTo("p-1");
        assertThat(followUps.get(1).personId()).isEqualTo("p-2");
        assertThat(followUps.get(2).keyId()).isEqualTo("c-9");
        assertThat(followUps.get(3)).isNull();
        assertThat(PersonIds.keyIds(people, followUps)).containsExactly("p-1", "p-2", "c-9");
    }
}
