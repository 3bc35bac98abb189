package com.netfocus.contact.contact;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;

/** A person an org knows. */
@Document(Contact.COLLECTION)
public record Contact(
        @Id String id,
        String org,
        String createdBy,
        Instant createdAt,
        String name,
        String company,
        String function,
        String position,
        String industry,
        String email,
        String phone) {

    public static final String COLLECTION = "contacts";
    public static final String ORG = "org";
    public static final String NAME = "name";
}
