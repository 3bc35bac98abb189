package com.netfocus.planning.erasure;

import com.netfocus.contracts.plan.FollowUp;
import com.netfocus.contracts.plan.PersonMet;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Gives every person named without a contact id an id of their own, so that their personal fields are sealed under a
 * key of their own (see {@link com.netfocus.support.personaldata.PersonalData}). Whatever a client sent as person id
 * is replaced: a client never chooses whose key seals what. A follow-up promised to a person met at the same
 * attendance (same name, without regard to case and spaces) shares that person's id, so one erasure covers both.
 */
public final class PersonIds {

    private final Supplier<String> newId;

    public PersonIds(Supplier<String> newId) {
        this.newId = newId;
    }

    public static PersonIds random() {
        return new PersonIds(() -> UUID.randomUUID().toString());
    }

    public List<PersonMet> forPeople(List<PersonMet> people) {
        List<PersonMet> withIds = new ArrayList<>();
        if (people != null) {
            for (PersonMet person : people) {
                withIds.add(person == null ? null : person.withPersonalFields(person.name(), person.email(),
                        blank(person.contactId()) ? newId.get() : null));
            }
        }
        return withIds;
    }

    /**
     * The people of a corrected attendance: a person named without a contact id keeps the person id sent with them if
     * it is one of {@code loggedPersonIds} (the same person as logged, so the same key and the same contact made from
     * them), and gets a new one otherwise.
     */
    public List<PersonMet> forCorrectedPeople(List<PersonMet> people, Set<String> loggedPersonIds) {
        List<PersonMet> withIds = new ArrayList<>();
        if (people != null) {
            for (PersonMet person : people) {
                withIds.add(person == null ? null : person.withPersonalFields(person.name(), person.email(),
                        !blank(person.contactId()) ? null : loggedPersonIds.contains(person.personId())
                                ? person.personId() : newId.get()));
            }
        }
        return withIds;
    }

    public List<FollowUp> forFollowUps(List<FollowUp> followUps, List<PersonMet> peopleMet) {
        Map<String, String> idsByName = new HashMap<>();
        peopleMet.stream().filter(Objects::nonNull).filter(person -> person.personId() != null && person.name() != null)
                .forEach(person -> idsByName.putIfAbsent(nameKey(person.name()), person.personId()));
        List<FollowUp> withIds = new ArrayList<>();
        for (FollowUp followUp : followUps) {
            if (followUp == null || !blank(followUp.contactId()) || blank(followUp.personName())) {
                withIds.add(followUp == null ? null : followUp.withPersonName(followUp.personName(), null));
            } else {
                withIds.add(followUp.withPersonName(followUp.personName(),
                        idsByName.computeIfAbsent(nameKey(followUp.personName()), name -> newId.get())));
            }
        }
        return withIds;
    }

    /** The key ids the people and follow-ups are sealed under: what the plan references about persons. */
    public static Set<String> keyIds(Collection<PersonMet> people, Collection<FollowUp> followUps) {
        Set<String> keys = new LinkedHashSet<>();
        people.stream().filter(Objects::nonNull).map(PersonMet::keyId).filter(Objects::nonNull).forEach(keys::add);
        followUps.stream().filter(Objects::nonNull).map(FollowUp::keyId).filter(Objects::nonNull).forEach(keys::add);
        return keys;
    }

    private static String nameKey(String name) {
        return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
