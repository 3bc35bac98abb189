package com.netfocus.contact.contact;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A contact's fields after an edit: each field the edit gives replaces the stored one (trimmed; an empty text clears
 * it, except the name, which is required), the others stay; and which fields that changed. Pure.
 */
record ContactFields(Map<String, String> values) {

    static final List<String> EDITABLE = List.of(Contact.NAME, Contact.COMPANY, Contact.FUNCTION, Contact.POSITION,
            Contact.INDUSTRY, Contact.EMAIL, Contact.PHONE);

    static ContactFields of(Contact contact) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put(Contact.NAME, contact.name());
        values.putAll(ContactDraft.fieldsOf(contact));
        return new ContactFields(values);
    }

    ContactFields edited(EditContact edit) {
        Map<String, String> given = new LinkedHashMap<>();
        given.put(Contact.NAME, edit.name());
        given.put(Contact.COMPANY, edit.company());
        given.put(Contact.FUNCTION, edit.function());
        given.put(Contact.POSITION, edit.position());
        given.put(Contact.INDUSTRY, edit.industry());
        given.put(Contact.EMAIL, edit.email());
        given.put(Contact.PHONE, edit.phone());
        Map<String, String> next = new LinkedHashMap<>(values);
        given.forEach((field, value) -> {
            if (value != null) {
                next.put(field, ContactBook.trimmed(value));
            }
        });
        return new ContactFields(next);
    }

    /** The fields whose value differs from {@code before}, in the order of {@link #EDITABLE}. */
    List<String> changedSince(ContactFields before) {
        return EDITABLE.stream().filter(field -> !Objects.equals(values.get(field), before.values.get(field))).toList();
    }

    String get(String field) {
        return values.get(field);
    }

    String emailKey() {
        return ContactKeys.emailKey(get(Contact.EMAIL));
    }

    String nameKey() {
        return ContactKeys.nameKey(get(Contact.NAME), get(Contact.COMPANY));
    }

    /** Whether only the edit's own fields were given at all. */
    static boolean givesNothing(EditContact edit) {
        return edit.name() == null && edit.company() == null && edit.function() == null && edit.position() == null
                && edit.industry() == null && edit.email() == null && edit.phone() == null;
    }
}
