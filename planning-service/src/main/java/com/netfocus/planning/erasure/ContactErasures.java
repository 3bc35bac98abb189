package com.netfocus.planning.erasure;

import com.netfocus.contracts.caller.Caller;
import com.netfocus.contracts.contact.ContactErased;
import com.netfocus.planning.sending.PlanCommands;
import com.netfocus.support.problem.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Planning's part of an erasure: every plan that referenced the person (by any of their keys) records
 * {@code PersonalDataErased}. The keys are destroyed already (the
 * contact service did it first), so the plans' sealed fields read as erased whether or not this has run. Safe to
 * repeat: a plan records one erasure per contact. A database failure propagates, so the record is retried.
 */
@Component
public class ContactErasures {

    private static final Logger log = LoggerFactory.getLogger(ContactErasures.class);
    /** Who an erasure command is sent for when the event does not say who asked. */
    private static final String UNKNOWN_REQUESTER = "erasure";

    private final PersonPlans personPlans;
    private final PlanCommands commands;

    public ContactErasures(PersonPlans personPlans, PlanCommands commands) {
        this.personPlans = personPlans;
        this.commands = commands;
    }

    public void apply(ContactErased erased) {
        Set<String> keys = new LinkedHashSet<>(erased.keyIds());
        keys.add(erased.contactId());
        Caller requester = new Caller(erased.requestedBy() == null ? UNKNOWN_REQUESTER : erased.requestedBy(),
                erased.org(), "", Set.of());
        for (String planId : personPlans.plansOf(keys)) {
            try {
                long version = commands.send(planId, new ErasePersonalData(planId, erased.contactId(), keys,
                        erased.erasedAt(), erased.org()), requester);
                log.info("plan {} at version {} after the erasure of contact {}", planId, version, erased.contactId());
            } catch (NotFoundException notOfThisOrg) {
                log.warn("plan {} is not one of org {}'s: the erasure of contact {} passes it over", planId,
                        erased.org(), erased.contactId());
            }
        }
    }
}
