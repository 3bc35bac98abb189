package com.netfocus.support.personaldata;

import com.netfocus.contracts.plan.EventAttended;
import com.netfocus.contracts.plan.FollowUp;
import com.netfocus.contracts.plan.FollowUpScheduled;
import com.netfocus.contracts.plan.PersonMet;
import com.netfocus.contracts.plan.PlanEvent;
import com.netfocus.contracts.plan.PlanEventCodec;
import org.junit.jupiter.api.Test;

import javax.crypto.SecretKey;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class PersonalDataTest {

    private final InMemoryKeyVault vault = new InMemoryKeyVault();
    private final PersonalData personalData = new PersonalData(vault);

    @Test
    void a_sealed_value_holds_no_plaintext_differs_each_time_and_reveals() {
        String once = personalData.seal("c-1", "Ada Lovelace");
        String twice = personalData.seal("c-1", "Ada Lovelace");

        assertThat(once).startsWith("pii:v1:c-1:").doesNotContain("Ada").isNotEqualTo(twice);
        assertThat(personalData.reveal(once)).isEqualTo("Ada Lovelace");
        assertThat(personalData.reveal(twice)).isEqualTo("Ada Lovelace");
    }

    @Test
    void erasing_the_key_makes_every_copy_read_as_erased_and_nothing_is_sealed_again() {
        String sealed = personalData.seal("c-1", "ada@acme.test");
        String other = personalData.seal("c-2", "Grace Hopper");

        personalData.erase("c-1");

        assertThat(personalData.reveal(sealed)).isEqualTo(PersonalData.ERASED);
        assertThat(personalData.reveal(other)).isEqualTo("Grace Hopper");
        assertThat(personalData.seal("c-1", "Ada again")).isEqualTo(PersonalData.ERASED);
        assertThat(personalData.isReadable("c-1")).isFalse();
    }

    @Test
    void plain_text_stored_before_sealing_reads_as_itself_and_damage_never_throws() {
        assertThat(personalData.reveal("Plain Name")).isEqualTo("Plain Name");
        assertThat(personalData.reveal((String) null)).isNull();
        String sealed = personalData.seal("c-1", "Ada");
        String tampered = sealed.substring(0, sealed.length() - 4) + "AAAA";
        assertThat(personalData.reveal(tampered)).isEqualTo(PersonalData.UNREADABLE);
        assertThat(personalData.reveal("pii:v1:broken")).isEqualTo(PersonalData.UNREADABLE);
        assertThat(personalData.reveal("pii:v1:c-1:not base64!")).isEqualTo(PersonalData.UNREADABLE);
    }

    @Test
    void a_value_moved_under_another_key_id_does_not_open() {
        String sealed = personalData.seal("c-1", "Ada");
        personalData.seal("c-2", "anything");
        String moved = sealed.replace("pii:v1:c-1:", "pii:v1:c-2:");
        assertThat(personalData.reveal(moved)).isEqualTo(PersonalData.UNREADABLE);
    }

    @Test
    void the_personal_fields_of_an_attendance_are_sealed_and_revealed_per_person() {
        var ada = new PersonMet(null, "Ada", "Acme", "CTO", "C-level", "Retail", "ada@acme.test", null, "p-ada");
        var grace = new PersonMet("c-grace", "Grace", "Navy", null, null, null, "grace@navy.test", null);
        var followUp = new FollowUp("f-1", null, "Ada", null, LocalDate.of(2026, 3, 8), "send deck", "p-ada");
        PersonalData.Session session = personalData.session();
        var attended = new EventAttended("plan", "platform", Instant.EPOCH, Instant.EPOCH.plusSeconds(3600), 0, 0, 1,
                PersonalFields.sealPeople(session, List.of(ada, grace)),
                PersonalFields.sealFollowUps(session, List.of(followUp)), "notes");

        String json = PlanEventCodec.mapper().valueToTree(attended).toString();
        assertThat(json).doesNotContain("Ada", "ada@acme.test", "Grace", "grace@navy.test").contains("Acme", "CTO");

        personalData.erase("p-ada");
        var revealed = (EventAttended) PersonalFields.revealAll(personalData, List.of(attended)).get(0);
        assertThat(revealed.contactsMet().get(0).name()).isEqualTo(PersonalData.ERASED);
        assertThat(revealed.contactsMet().get(0).email()).isEqualTo(PersonalData.ERASED);
        assertThat(revealed.contactsMet().get(0).company()).isEqualTo("Acme");
        assertThat(revealed.contactsMet().get(1).name()).isEqualTo("Grace");
        assertThat(revealed.followUps().get(0).personName()).isEqualTo(PersonalData.ERASED);
        assertThat(personalData.reveal(PlanEventCodec.mapper().valueToTree(attended)).toString())
                .contains("Grace", "grace@navy.test", PersonalData.ERASED).doesNotContain("pii:v1:");
    }

    @Test
    void a_poll_of_events_is_revealed_in_one_session_asking_the_vault_once_for_all_keys() {
        PersonalData.Session sealing = personalData.session();
        List<PlanEvent> events = List.of(
                new EventAttended("plan-1", "platform-1", Instant.EPOCH, Instant.EPOCH, 0, 0, 1,
                        PersonalFields.sealPeople(sealing, List.of(new PersonMet(null, "Ada", "Co", null, null, null,
                                "ada@acme.test", null, "p-1"))), PersonalFields.sealFollowUps(sealing, List.of(
                        new FollowUp("f1", null, "Ada", null, LocalDate.EPOCH, "call", "p-1"))), "n"),
                new FollowUpScheduled("plan-1", PersonalFields.sealFollowUps(sealing, List.of(new FollowUp("f2", null,
                        "Grace", null, LocalDate.EPOCH, "write", "p-2"))).get(0)));
        personalData.erase("p-2");
        List<Collection<String>> asked = new ArrayList<>();
        PersonalData counted = new PersonalData(new KeyVault() {
            @Override
            public Optional<SecretKey> keyFor(String keyId) {
                throw new AssertionError("revealing never makes a key");
            }

            @Override
            public Optional<SecretKey> existingKey(String keyId) {
                asked.add(List.of(keyId));
                return vault.existingKey(keyId);
            }

            @Override
            public Map<String, SecretKey> existingKeys(Collection<String> keyIds) {
                asked.add(List.copyOf(keyIds));
                return vault.existingKeys(keyIds);
            }

            @Override
            public void destroy(String keyId) {
                vault.destroy(keyId);
            }
        });

        List<PlanEvent> revealed = PersonalFields.revealAll(counted, events);

        EventAttended attended = (EventAttended) revealed.get(0);
        assertThat(attended.contactsMet().get(0).name()).isEqualTo("Ada");
        assertThat(attended.contactsMet().get(0).email()).isEqualTo("ada@acme.test");
        assertThat(attended.followUps().get(0).personName()).isEqualTo("Ada");
        assertThat(((FollowUpScheduled) revealed.get(1)).followUp().personName()).isEqualTo(PersonalData.ERASED);
        assertThat(asked).as("one lookup for the whole poll").hasSize(1);
        assertThat(asked.get(0)).containsExactlyInAnyOrder("p-1", "p-2");
    }
}
