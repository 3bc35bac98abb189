package com.netfocus.contact.people;

import com.netfocus.contact.contact.ContactOwner;
import com.netfocus.contracts.plan.EventAttended;

/**
 * An attendance of a plan with people met (personal fields revealed), as a poll applied it: its id, who logged it,
 * whose contacts the people met become (the plan's owner), and whether its people are listed as met ({@code listed}
 * false: a later event of the poll corrected or retracted it, yet its people became contacts when it was logged, as
 * they do when the events come one poll each). A corrected attendance is the visit as corrected.
 */
record MetAttendance(String attendanceId, String actor, ContactOwner owner, EventAttended attended, boolean listed) {

    MetAttendance unlisted() {
        return new MetAttendance(attendanceId, actor, owner, attended, false);
    }
}
