package com.netfocus.contact.people;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.util.List;

/**
 * The projection of one plan's targets and the people met, in one document so that every event changes it
 * with one atomic update. {@code appliedSequence} is the sequence of the plan's last event applied here:
 * the guard that makes a redelivered event change nothing, and the position a client can wait for.
 */
@Document(PlanPeople.COLLECTION)
public record PlanPeople(
        @Id String planId,
        String org,
        String ownerId,
        long appliedSequence,
        List<PlanTarget> targets,
        List<MetPerson> peopleMet) {

    public static final String COLLECTION = "plan_people";
    static final String ORG = "org";
    static final String OWNER_ID = "ownerId";
    static final String APPLIED_SEQUENCE = "appliedSequence";
    static final String TARGETS = "targets";
    static final String PEOPLE_MET = "peopleMet";
    /** Below every real sequence (they start at 0), so that a new document accepts the first event. */
    static final long NOTHING_APPLIED = -1;

    public PlanPeople {
        targets = targets == null ? List.of() : List.copyOf(targets);
        peopleMet = peopleMet == null ? List.of() : List.copyOf(peopleMet);
    }
}
