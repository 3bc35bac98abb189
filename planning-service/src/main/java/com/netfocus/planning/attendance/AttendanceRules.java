package com.netfocus.planning.attendance;

import com.netfocus.contracts.plan.EventAttended;
import com.netfocus.contracts.plan.FollowUp;
import com.netfocus.contracts.plan.PersonMet;
import com.netfocus.planning.checks.Violations;
import com.netfocus.planning.followup.FollowUpChecks;
import com.netfocus.planning.limits.PlanRules;
import com.netfocus.planning.limits.TextLimit;
import com.netfocus.planning.state.Hours;
import com.netfocus.planning.state.PlanState;
import com.netfocus.support.input.EmailAddress;
import com.netfocus.support.problem.FieldError;
import com.netfocus.support.problem.NotFoundException;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;

import static com.netfocus.planning.checks.Violations.blank;

/**
 * What an attendance needs: a platform chosen in the plan, a credible stay (leaving after arriving, not longer than
 * the maximum), each person met named (by contact id or name) and matched to the plan's targets if at all, and each
 * follow-up promised there valid from the day of the event, with its id given once. A correction keeps the same rules
 * for the visit as corrected (at the platform it was logged at); a correction or retraction needs the attendance.
 */
public final class AttendanceRules {

    private final PlanRules rules;
    private final double maxAttendanceHours;
    private final TextLimit text;

    public AttendanceRules(PlanRules rules) {
        this.rules = rules;
        this.maxAttendanceHours = rules.maxAttendanceHours();
        this.text = rules.text();
    }

    public List<FieldError> toRecord(PlanState plan, RecordAttendance command) {
        Instant arrived = command.arrivedAt();
        Violations violations = new Violations()
                .require("attendanceId", command.attendanceId())
                .check(plan.attendance(command.attendanceId()).isEmpty(), "attendanceId",
                        "already exists in this plan");
        checkVisit(violations, plan, command.platformId(), arrived, command.leftAt(), command.contactsMet(),
                command.notes());
        LocalDate eventDay = arrived == null ? null : LocalDate.ofInstant(arrived, ZoneOffset.UTC);
        checkFollowUps(violations, new FollowUpChecks(plan, command.knownContactIds(), rules), command.followUps(),
                eventDay);
        return violations.errors();
    }

    /** The visit as corrected keeps every rule of a visit logged; an unknown attendance is a 404, a retracted one 422. */
    public List<FieldError> toCorrect(PlanState plan, CorrectAttendance command) {
        if (plan.isRetracted(command.attendanceId())) {
            return retracted();
        }
        EventAttended logged = logged(plan, command.attendanceId());
        Violations violations = new Violations();
        checkVisit(violations, plan, logged.platformId(), command.arrivedAt(), command.leftAt(),
                command.contactsMet(), command.notes());
        return violations.checkLength("reason", command.reason(), text).errors();
    }

    /** An unknown attendance is a 404; a retracted one is not retracted again. */
    public List<FieldError> toRetract(PlanState plan, RetractAttendance command) {
        if (plan.isRetracted(command.attendanceId())) {
            return retracted();
        }
        logged(plan, command.attendanceId());
        return new Violations().checkLength("reason", command.reason(), text).errors();
    }

    private static List<FieldError> retracted() {
        return new Violations().check(false, "attendanceId", "was retracted: log the visit again instead").errors();
    }

    private static EventAttended logged(PlanState plan, String attendanceId) {
        return plan.attendance(attendanceId).orElseThrow(() -> new NotFoundException("attendance", attendanceId));
    }

    /** The rules of one visit to a platform, logged or corrected. */
    private void checkVisit(Violations violations, PlanState plan, String platformId, Instant arrived, Instant left,
                            List<PersonMet> people, String notes) {
        violations.check(plan.platform(platformId) != null, "platformId",
                        "attendance is logged only at a platform chosen in this plan")
                .require("arrivedAt", arrived)
                .require("leftAt", left)
                .check(arrived == null || left == null || left.isAfter(arrived), "leftAt", "must be after arrivedAt")
                .check(arrived == null || left == null || Hours.between(arrived, left) <= maxAttendanceHours,
                        "leftAt", "a stay longer than " + maxAttendanceHours + " hours is not credible");
        checkPeopleMet(violations, plan, people);
        violations.checkLength("notes", notes, text);
    }

    private static void checkPeopleMet(Violations violations, PlanState plan, List<PersonMet> people) {
        for (int i = 0; i < people.size(); i++) {
            PersonMet person = people.get(i);
            String at = "contactsMet[" + i + "]";
            violations.check(person != null, at, "must not be empty");
            if (person != null) {
                violations.check(!blank(person.contactId()) || !blank(person.name()), at + ".name",
                                "give a contactId or the name of the person met")
                        .check(EmailAddress.isValidOrAbsent(person.email()), at + ".email", "is not an e-mail address")
                        .checkOptionalTarget(at + ".targetId", person.targetId(), plan);
            }
        }
    }

    private static void checkFollowUps(Violations violations, FollowUpChecks checks, List<FollowUp> followUps,
                                       LocalDate eventDay) {
        for (int i = 0; i < followUps.size(); i++) {
            FollowUp followUp = followUps.get(i);
            String at = "followUps[" + i + "].";
            checks.check(violations, at, followUp, eventDay, "the day of the event");
            boolean unique = followUp == null || followUps.stream()
                    .filter(f -> f != null && Objects.equals(f.followUpId(), followUp.followUpId())).count() == 1;
            violations.check(unique, at + "followUpId", "is given twice");
        }
    }
}
