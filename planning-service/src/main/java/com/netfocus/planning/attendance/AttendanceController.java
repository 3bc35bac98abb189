package com.netfocus.planning.attendance;

import com.netfocus.contracts.caller.Caller;
import com.netfocus.contracts.plan.FollowUp;
import com.netfocus.contracts.plan.PersonMet;
import com.netfocus.planning.contact.KnownContacts;
import com.netfocus.planning.erasure.PersonIds;
import com.netfocus.planning.erasure.PersonPlans;
import com.netfocus.planning.followup.FollowUpRequest;
import com.netfocus.planning.limits.ListLimits;
import com.netfocus.planning.limits.PlanRules;
import com.netfocus.planning.sending.PlanCommands;
import com.netfocus.planning.settings.OrgSettingsStore;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

/** Attendance: a visit to a chosen platform, with the people met and the follow-ups promised there. */
@RestController
@Tag(name = "Attendance", description = "Maximize ROI: arrive early, stay late, log who was met.")
class AttendanceController {

    private final PlanCommands commands;
    private final KnownContacts contacts;
    private final PersonPlans personPlans;
    private final OrgSettingsStore settings;
    private final Clock clock;
    private final ListLimits lists;
    private final PersonIds personIds = PersonIds.random();

    AttendanceController(PlanCommands commands, KnownContacts contacts, PersonPlans personPlans,
                         OrgSettingsStore settings, Clock clock, PlanRules rules) {
        this.commands = commands;
        this.contacts = contacts;
        this.personPlans = personPlans;
        this.settings = settings;
        this.clock = clock;
        this.lists = rules.lists();
    }

    /** {@code followUpIds} in the order the follow-ups were given. */
    public record Recorded(@Schema(description = "The attendance's id, for corrections") String attendanceId,
                           long version,
                           @Schema(description = "The ids of the follow-ups given, in their order") List<String> followUpIds) {
    }

    @PostMapping("/api/v1/plans/{planId}/attendance")
    @Operation(operationId = "recordAttendance", summary = "Log attendance at a chosen platform", description =
            "Arrival and departure (the minutes before and after the programme are measured), the people met (each "
            + "linked to the target they match; new people become contacts) and the follow-ups promised there. "
            + "Stored as one event.")
    @ApiResponse(responseCode = "201", description = "Recorded")
    @ApiResponse(responseCode = "409", description = "An attendance is already logged at this platform: the problem "
            + "names it (its attendanceId); correct that one instead. Nothing was stored.")
    @ApiResponse(responseCode = "422", description = "A platform the plan did not choose, an arrival in the future, "
            + "outside the plan's period or too far from the programme, leaving before arriving, more people met or "
            + "follow-ups than allowed, or a person met or follow-up naming an unknown target or contact; nothing was "
            + "stored.")
    public ResponseEntity<Recorded> record(Caller caller, @PathVariable String planId,
                                           @Valid @RequestBody RecordAttendanceRequest request) {
        List<PersonMet> people = personIds.forPeople(request.contactsMet());
        List<FollowUp> followUps = personIds.forFollowUps(request.followUps() == null ? List.of()
                : request.followUps().stream().map(AttendanceController::withNewId).toList(), people);
        List<String> contactIds = Stream.concat(
                people.stream().filter(Objects::nonNull).map(PersonMet::contactId),
                followUps.stream().filter(Objects::nonNull).map(FollowUp::contactId)).toList();
        String attendanceId = UUID.randomUUID().toString();
        long version = commands.send(planId, new RecordAttendance(planId, attendanceId, request.platformId(),
                request.arrivedAt(), request.leftAt(), people, followUps, request.notes(),
                knownOf(contactIds, caller), clock.instant(), settings.of(caller.org())), caller);
        personPlans.remember(planId, PersonIds.keyIds(people, followUps));
        return ResponseEntity.status(HttpStatus.CREATED).body(new Recorded(attendanceId, version,
                followUps.stream().map(f -> f == null ? null : f.followUpId()).toList()));
    }

    /** Lists over their limits are refused by the plan's rules whatever they name: not worth a look-up. */
    private Set<String> knownOf(List<String> contactIds, Caller caller) {
        return contactIds.size() > lists.peopleMetPerAttendance() + lists.followUpsPerAttendance() ? Set.of()
                : contacts.known(contactIds, caller.org());
    }

    private static FollowUp withNewId(FollowUpRequest request) {
        return request == null ? null : new FollowUp(UUID.randomUUID().toString(), request.contactId(),
                request.personName(), request.targetId(), request.dueOn(), request.action());
    }
}
