package com.netfocus.contracts.plan;

/**
 * Somebody met at an event: a known contact ({@code contactId}) or a new person described by name and
 * company. {@code targetId}, when set, is the plan target this person matches.
 *
 * <p>{@code name} and {@code email} are personal data: in stored events they are sealed under the person's key
 * ({@code pii:v1:...}, see the README "Personal data and erasure"). The key is the contact id, or, for a person met
 * by name only, {@code personId}: an id planning assigns when the attendance is logged (clients never set it), which
 * the contact made from this person keeps, so that erasing the contact destroys this key too. Events stored before
 * keys existed have neither a personId nor sealed values, and read as they are.
 */
public record PersonMet(
        String contactId,
        String name,
        String company,
        String function,
        String position,
        String industry,
        String email,
        String targetId,
        String personId) {

    /** A person as a client describes them: no person id yet. */
    public PersonMet(String contactId, String name, String company, String function, String position,
                     String industry, String email, String targetId) {
        this(contactId, name, company, function, position, industry, email, targetId, null);
    }

    /** The id of the key this person's personal fields are sealed under: the contact id, else the person id. */
    public String keyId() {
        return contactId != null && !contactId.isBlank() ? contactId : personId;
    }

    public PersonMet withPersonalFields(String name, String email, String personId) {
        return new PersonMet(contactId, name, company, function, position, industry, email, targetId, personId);
    }
}
