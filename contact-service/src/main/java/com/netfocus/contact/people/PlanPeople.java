package com.netfocus.contact.people;

import com.netfocus.support.access.Ownership;
import com.netfocus.support.planevents.PlanSequenceGuard;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.util.List;

/**
 * The projection of one plan's owner, team and org (who may read it), its targets and the people met, in one document so that every event changes it
 * with one atomic update. {@code appliedSequence} is the sequence of the plan's last event applied here:
 * the guard that makes a redelivered event change nothing, and the position a client can wait for.
 */
@Document(PlanPeople.COLLECTION)
public record PlanPeople(
        @Id String planId,
        String org,
        String team,
        String ownerId,
        long appliedSequence,
        List<PlanTarget> targets,
        List<MetPerson> peopleMet) {

    public static final String COLLECTION = "plan_people";
    static final String ORG = "org";
    static final String TEAM = "team";
    static final String OWNER_ID = "ownerId";
    static final String APPLIED_SEQUENCE = "appliedSequence";
    static final String TARGETS = "targets";
    static final String PEOPLE_MET = "peopleMet";

    /** Whose the plan is, for {@link com.netfocus.support.access.ReadAccess}. */
    public Ownership ownership() {
        return new Ownership(org, team, ownerId);
    }

    /** Whether the plan's first event (PlanCreated, sequence 0) is applied: before that its owner is not known. */
    boolean isKnown() {
        return appliedSequence > PlanSequenceGuard.NOTHING_APPLIED;
    }

    public PlanPeople {
        targets = targets == null ? List.of() : List.copyOf(targets);
        peopleMet = peopleMet == null ? List.of() : List.copyOf(peopleMet);
    }
}
