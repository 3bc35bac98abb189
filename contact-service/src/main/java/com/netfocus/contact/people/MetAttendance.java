package com.netfocus.contact.people;

import com.netfocus.contact.contact.ContactOwner;
import com.netfocus.contracts.plan.EventAttended;

/**
 * An attendance of a plan with people met (personal fields revealed), as a poll applied it: who logged it, and whose
 * contacts the people met become (the plan's owner).
 */
record MetAttendance(String actor, ContactOwner owner, EventAttended attended) {
}
