package com.netfocus.planning.attendance;

import com.netfocus.contracts.plan.EventAttended;
import com.netfocus.contracts.plan.FollowUp;
import com.netfocus.contracts.plan.PersonMet;
import com.netfocus.contracts.plan.PlatformChosen;
import com.netfocus.planning.checks.Violations;
import com.netfocus.planning.followup.FollowUpChecks;
import com.netfocus.planning.limits.ListLimits;
import com.netfocus.planning.limits.OrgSettings;
import com.netfocus.planning.limits.PlanRules;
import com.netfocus.planning.limits.TextLimit;
import com.netfocus.planning.state.Hours;
import com.netfocus.planning.state.PlanState;
import com.netfocus.support.input.EmailAddress;
import com.netfocus.support.problem.ConflictingInputException;
import com.netfocus.support.problem.FieldError;
import com.netfocus.support.problem.NotFoundException;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import static com.netfocus.planning.checks.Violations.blank;

/**
 * What an attendance needs: a platform chosen in the plan and not attended yet (one attendance per choice), a stay
 * that has happened (give or take the tolerance for drifting clocks), leaving after arriving, not longer than the
 * maximum, inside the plan's period and around the platform's programme (as far before and after it as the org
 * allows); each person met named by a contact of the org or by name, and matched to the plan's targets if at all;
 * each follow-up promised there valid from the day of the event, with its id given once; and no more people or
 * follow-ups than the lists allow. A correction keeps the same rules for the visit as corrected (at the platform it
 * was logged at: {@link #checkVisit}); a correction or retraction needs the attendance.
 */
public final class AttendanceRules {

    private final PlanRules rules;
    private final double maxAttendanceHours;
    private final Duration futureTolerance;
    private final ListLimits lists;
    private final TextLimit text;

    public AttendanceRules(PlanRules rules) {
        this.rules = rules;
        this.maxAttendanceHours = rules.maxAttendanceHours();
        this.futureTolerance = rules.futureTolerance();
        this.lists = rules.lists();
        this.text = rules.text();
    }

    /** One visit to a platform, as logged or as corrected, with what its rules are judged against. */
    private record Visit(String platformId, Instant arrivedAt, Instant leftAt, List<PersonMet> people, String notes,
                         Set<String> knownContactIds, Instant now, OrgSettings settings) {
    }

    /**
     * One attendance per chosen platform (a retracted one no longer counts): a second one is a conflict (409) naming
     * the first, which the rep corrects instead of logging the visit twice.
     */
    public static void ensureFirstAt(PlanState plan, RecordAttendance command) {
        EventAttended first = plan.attendanceAt(command.platformId());
        if (first != null) {
            // the plan names every attendance, one logged before attendances had ids by its place in the stream
            throw new ConflictingInputException(List.of(new FieldError("platformId", "an attendance at this "
                    + "platform is already logged (attendanceId " + first.attendanceId() + ", arrived "
                    + first.arrivedAt() + "): one attendance per chosen platform; correct that one (PUT .../attendance/"
                    + first.attendanceId() + ") instead of logging it again")));
        }
    }

    public List<FieldError> toRecord(PlanState plan, RecordAttendance command) {
        Instant arrived = command.arrivedAt();
        Violations violations = new Violations()
                .require("attendanceId", command.attendanceId())
                .check(plan.attendance(command.attendanceId()).isEmpty(), "attendanceId",
                        "already exists in this plan");
        boolean followUpsFit = command.followUps().size() <= lists.followUpsPerAttendance();
        boolean peopleJudged = checkVisit(violations, plan, new Visit(command.platformId(), arrived,
                command.leftAt(), command.contactsMet(), command.notes(), command.knownContactIds(), command.now(),
                command.settings()), followUpsFit);
        violations.check(followUpsFit, "followUps", ListLimits.tooMany(lists.followUpsPerAttendance(), "follow-ups"));
        if (!peopleJudged) {
            return violations.errors();
        }
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
        checkVisit(violations, plan, new Visit(logged.platformId(), command.arrivedAt(), command.leftAt(),
                command.contactsMet(), command.notes(), command.knownContactIds(), command.now(), command.settings()),
                true);
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

    /**
     * The rules of one visit to a platform, logged or corrected: the platform, the stay, the people met and the notes.
     * The people met are judged one by one only when they and the rest of the request's lists ({@code othersFit})
     * are within their limits (each entry of a list over its limit is not judged: the answer would be as long as the
     * list); whether they were.
     */
    private boolean checkVisit(Violations violations, PlanState plan, Visit visit, boolean othersFit) {
        Instant arrived = visit.arrivedAt();
        Instant left = visit.leftAt();
        PlatformChosen platform = plan.platform(visit.platformId());
        violations.check(platform != null, "platformId", "attendance is logged only at a platform chosen in this plan")
                .require("arrivedAt", arrived)
                .require("leftAt", left)
                .require("now", visit.now())
                .check(arrived == null || left == null || left.isAfter(arrived), "leftAt", "must be after arrivedAt")
                .check(arrived == null || left == null || !left.isAfter(arrived)
                                || Hours.between(arrived, left) <= maxAttendanceHours,
                        "leftAt", "a stay longer than " + maxAttendanceHours + " hours is not credible");
        if (visit.now() != null) {
            checkHappened(violations, "arrivedAt", arrived, visit.now());
            checkHappened(violations, "leftAt", left, visit.now());
        }
        checkInPeriod(violations, plan, arrived, left);
        if (platform != null) {
            checkAroundProgramme(violations, platform, arrived, left, rules.orgSettingsOr(visit.settings()));
        }
        boolean peopleFit = visit.people().size() <= lists.peopleMetPerAttendance();
        violations.check(peopleFit, "contactsMet", ListLimits.tooMany(lists.peopleMetPerAttendance(), "people met"));
        if (!peopleFit || !othersFit) {
            return false;
        }
        checkPeopleMet(violations, plan, visit.people(), visit.knownContactIds());
        violations.checkLength("notes", visit.notes(), text);
        return true;
    }

    /** Attendance is logged after it happened; a moment a few minutes ahead is the client's clock drifting. */
    private void checkHappened(Violations violations, String field, Instant moment, Instant now) {
        violations.check(moment == null || !moment.isAfter(now.plus(futureTolerance)), field,
                "lies in the future (" + moment + "): log attendance once it has happened");
    }

    private static void checkInPeriod(Violations violations, PlanState plan, Instant arrived, Instant left) {
        violations
                .check(arrived == null || !arrived.isBefore(plan.periodStartsAt()), "arrivedAt",
                        "lies before the plan's period, which starts on " + plan.periodStart()
                                + ": log it in the plan of that time")
                .check(left == null || !left.isAfter(plan.periodEndsAt()), "leftAt",
                        "lies after the plan's period, which ends on " + plan.periodEnd());
    }

    /** Most networking happens before and after the programme, so a stay may reach beyond it, as far as the org allows. */
    private static void checkAroundProgramme(Violations violations, PlatformChosen platform, Instant arrived,
                                             Instant left, OrgSettings settings) {
        Instant earliest = platform.programStartsAt().minus(Duration.ofMinutes(settings.minutesBeforeProgram()));
        Instant latest = platform.programEndsAt().plus(Duration.ofMinutes(settings.minutesAfterProgram()));
        violations
                .check(arrived == null || !arrived.isBefore(earliest), "arrivedAt",
                        "lies more than " + settings.minutesBeforeProgram() + " minutes before the programme, which "
                                + "starts at " + platform.programStartsAt() + ": give the moment you arrived there "
                                + "(earliest " + earliest + ")")
                .check(arrived == null || arrived.isBefore(latest), "arrivedAt",
                        "lies after the programme, which ends at " + platform.programEndsAt()
                                + ", and the time after it an org allows (until " + latest + ")")
                .check(left == null || !left.isAfter(latest), "leftAt",
                        "lies more than " + settings.minutesAfterProgram() + " minutes after the programme, which "
                                + "ends at " + platform.programEndsAt() + ": give the moment you left (latest "
                                + latest + ")");
    }

    private static void checkPeopleMet(Violations violations, PlanState plan, List<PersonMet> people,
                                       Set<String> knownContactIds) {
        for (int i = 0; i < people.size(); i++) {
            PersonMet person = people.get(i);
            String at = "contactsMet[" + i + "]";
            violations.check(person != null, at, "must not be empty");
            if (person != null) {
                violations.check(!blank(person.contactId()) || !blank(person.name()), at + ".name",
                                "give a contactId or the name of the person met")
                        .checkKnownContact(at + ".contactId", person.contactId(),
                                !blank(person.contactId()) && knownContactIds.contains(person.contactId()))
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
