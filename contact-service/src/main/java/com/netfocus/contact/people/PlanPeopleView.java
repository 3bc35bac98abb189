package com.netfocus.contact.people;

import java.util.List;

/**
 * A plan's targets and the people met. {@code appliedSequence} is the sequence of the plan's last event
 * reflected here, so a client that knows the sequence of its own write can wait for it.
 */
public record PlanPeopleView(String planId, String ownerId, long appliedSequence, List<PlanTarget> targets,
                             List<MetPerson> peopleMet) {

    static PlanPeopleView of(PlanPeople people) {
        return new PlanPeopleView(people.planId(), people.ownerId(), people.appliedSequence(), people.targets(),
                people.peopleMet());
    }
}
