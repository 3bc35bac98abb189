package com.netfocus.contact.contact;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The contacts an intake can merge into, indexed by e-mail key and name key: those stored that share a key
 * with the incoming people, and those the intake creates as it goes (so duplicates within one file merge).
 */
final class ContactDirectory {

    private final Map<String, ContactDraft> byEmail = new HashMap<>();
    private final Map<String, List<ContactDraft>> byName = new HashMap<>();

    /** @param known stored contacts, oldest first: where several fit, the oldest is merged into */
    ContactDirectory(List<Contact> known) {
        known.forEach(contact -> add(ContactDraft.of(contact)));
    }

    /**
     * The contact this person is: the one with the same e-mail; else the one with the same name and company
     * whose e-mail does not contradict the person's (two addresses mean two people who share a name).
     */
    ContactDraft match(AddContact person) {
        String emailKey = ContactKeys.emailKey(person.email());
        if (emailKey != null && byEmail.containsKey(emailKey)) {
            return byEmail.get(emailKey);
        }
        for (ContactDraft candidate : byName.getOrDefault(ContactKeys.nameKey(person.name(), person.company()), List.of())) {
            if (emailKey == null || candidate.emailKey() == null) {
                return candidate;
            }
        }
        return null;
    }

    void add(ContactDraft draft) {
        index(draft);
    }

    /** Merges the person into the draft and indexes the draft under any key the merge gave it. */
    void merge(ContactDraft draft, AddContact person) {
        draft.fillFrom(person);
        index(draft);
    }

    private void index(ContactDraft draft) {
        if (draft.emailKey() != null) {
            byEmail.putIfAbsent(draft.emailKey(), draft);
        }
        List<ContactDraft> sameName = byName.computeIfAbsent(draft.nameKey(), key -> new ArrayList<>());
        if (!sameName.contains(draft)) {
            sameName.add(draft);
        }
    }
}
