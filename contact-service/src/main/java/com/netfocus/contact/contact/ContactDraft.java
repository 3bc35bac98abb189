package com.netfocus.contact.contact;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The working copy of one contact during an intake: a stored contact, or one about to be created. Merging
 * fills empty fields only, so what a person once entered is never overwritten or erased by a later source.
 */
final class ContactDraft {

    private final String id;
    private final Contact stored;
    private final String createdBy;
    private final Instant createdAt;
    private final String name;
    private final Map<String, String> fields = new LinkedHashMap<>();

    private ContactDraft(String id, Contact stored, String createdBy, Instant createdAt, String name) {
        this.id = id;
        this.stored = stored;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.name = name;
    }

    static ContactDraft of(Contact stored) {
        ContactDraft draft = new ContactDraft(stored.id(), stored, stored.createdBy(), stored.createdAt(), stored.name());
        draft.fields.putAll(fieldsOf(stored));
        return draft;
    }

    static ContactDraft created(String id, String createdBy, Instant createdAt, AddContact person) {
        ContactDraft draft = new ContactDraft(id, null, createdBy, createdAt, person.name());
        draft.fillFrom(person);
        return draft;
    }

    /** Fills the fields this draft lacks from the person; fields it has stay as they are. */
    void fillFrom(AddContact person) {
        fill(fields, fieldsOf(person));
    }

    static void fill(Map<String, String> target, Map<String, String> source) {
        source.forEach((field, value) -> {
            if (value != null && target.get(field) == null) {
                target.put(field, value);
            }
        });
    }

    String id() {
        return id;
    }

    boolean isStored() {
        return stored != null;
    }

    String email() {
        return fields.get(Contact.EMAIL);
    }

    String emailKey() {
        return ContactKeys.emailKey(email());
    }

    String nameKey() {
        return ContactKeys.nameKey(name, fields.get(Contact.COMPANY));
    }

    /** The fields that were empty in the stored contact and are filled now. */
    Map<String, String> filledSinceStored() {
        Map<String, String> filled = new LinkedHashMap<>();
        Map<String, String> before = fieldsOf(stored);
        fields.forEach((field, value) -> {
            if (value != null && before.get(field) == null) {
                filled.put(field, value);
            }
        });
        return filled;
    }

    Contact toContact(ContactOwner owner) {
        String company = fields.get(Contact.COMPANY);
        return new Contact(id, owner.org(), createdBy, owner.ownerId(), owner.team(), createdAt, name, company, fields.get(Contact.FUNCTION),
                fields.get(Contact.POSITION), fields.get(Contact.INDUSTRY), email(), fields.get(Contact.PHONE),
                emailKey(), nameKey(), false);
    }

    static Map<String, String> fieldsOf(Contact contact) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put(Contact.COMPANY, contact.company());
        fields.put(Contact.FUNCTION, contact.function());
        fields.put(Contact.POSITION, contact.position());
        fields.put(Contact.INDUSTRY, contact.industry());
        fields.put(Contact.EMAIL, contact.email());
        fields.put(Contact.PHONE, contact.phone());
        return fields;
    }

    static Map<String, String> fieldsOf(AddContact person) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put(Contact.COMPANY, person.company());
        fields.put(Contact.FUNCTION, person.function());
        fields.put(Contact.POSITION, person.position());
        fields.put(Contact.INDUSTRY, person.industry());
        fields.put(Contact.EMAIL, person.email());
        fields.put(Contact.PHONE, person.phone());
        return fields;
    }
}
