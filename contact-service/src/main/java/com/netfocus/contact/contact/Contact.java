package com.netfocus.contact.contact;

import com.netfocus.support.access.Ownership;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;

/**
 * A person a user of an org knows. {@code ownerId} is whose contact it is (who added or imported it, or the owner
 * of the plan at whose event the person was met) and {@code team} that user's team then: a REP reads their own
 * contacts, a MANAGER their team's, an ADMIN the org's (see {@link com.netfocus.support.access.ReadAccess}).
 * Duplicates are merged within one owner's contacts only, so that one rep's import never lands in another's book. {@code emailKey} and {@code nameKey} are the normalised forms duplicates are found
 * by (see {@link ContactKeys}); they are stored so that a lookup compares stored values, never recomputes.
 * {@code registeredPublished} turns true only once the broker acknowledged the contact's
 * {@code ContactRegistered} event; until then the publication timer keeps re-sending it.
 */
@Document(Contact.COLLECTION)
public record Contact(
        @Id String id,
        String org,
        String createdBy,
        String ownerId,
        String team,
        Instant createdAt,
        String name,
        String company,
        String function,
        String position,
        String industry,
        String email,
        String phone,
        String emailKey,
        String nameKey,
        boolean registeredPublished) {

    public static final String COLLECTION = "contacts";
    public static final String ORG = "org";
    public static final String OWNER_ID = "ownerId";
    public static final String TEAM = "team";
    public static final String NAME = "name";
    public static final String COMPANY = "company";
    public static final String FUNCTION = "function";
    public static final String POSITION = "position";
    public static final String INDUSTRY = "industry";
    public static final String EMAIL = "email";
    public static final String PHONE = "phone";
    public static final String EMAIL_KEY = "emailKey";
    public static final String NAME_KEY = "nameKey";
    public static final String CREATED_AT = "createdAt";
    public static final String REGISTERED_PUBLISHED = "registeredPublished";

    public Ownership ownership() {
        return new Ownership(org, team, ownerId);
    }
}
