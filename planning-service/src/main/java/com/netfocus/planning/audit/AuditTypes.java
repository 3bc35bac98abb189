package com.netfocus.planning.audit;

import com.netfocus.contracts.contact.ContactErased;
import com.netfocus.contracts.contact.ContactRegistered;
import com.netfocus.contracts.contact.ContactUpdated;
import com.netfocus.contracts.plan.PlanEventTypes;

import java.util.Set;

/** The types of change the trail holds, by the names clients filter on: every plan event, and the others'. */
final class AuditTypes {

    static final String PLATFORM_LISTED = "PlatformListed";
    static final Set<String> OTHERS = Set.of(ContactRegistered.TYPE, ContactUpdated.TYPE, ContactErased.TYPE,
            PLATFORM_LISTED);

    private AuditTypes() {
    }

    static boolean known(String type) {
        return PlanEventTypes.classOf(type).isPresent() || OTHERS.contains(type);
    }
}
