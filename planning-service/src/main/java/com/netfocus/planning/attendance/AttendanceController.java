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
import com.netfocus.planning.view.PlanViews;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Attendance: a visit to a chosen platform, with the people met and the follow-ups promised there; logged, corrected
 * or retracted, by its id.
 */
@RestController
@Tag(name = "Attendance", description = "Maximize ROI: arrive early, stay late, log who was met.")
class AttendanceController {

    private static final String ATTENDANCE = "/api/v1/plans/{planId}/attendance/{attendanceId}";

    private final PlanCommands commands;
    private final KnownContacts contacts;
    private final PersonPlans personPlans;
    private final PlanViews plans;
    private final OrgSettingsStore settings;
    private final Clock clock;
    private final ListLimits lists;
    private final PersonIds personIds = PersonIds.random();

    AttendanceController(PlanCommands commands, KnownContacts contacts, PersonPlans personPlans, PlanViews plans,
                         OrgSettingsStore settings, Clock clock, PlanRules rules) {
        this.commands = commands;
        this.contacts = contacts;
        this.personPlans = personPlans;
        this.plans = plans;
        this.settings = settings;
        this.clock = clock;
        this.lists = rules.lists();
    }

    /** {@code followUpIds} in the order the follow-ups were given. */
    public record Recorded(@Schema(description = "The attendance's id: how it is corrected or retracted")
                           String attendanceId, long version,
                           @Schema(description = "The ids of the follow-ups given, in their order") List<String> followUpIds) {
    }

    public record Changed(String attendanceId, long version) {
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

    @PutMapping(ATTENDANCE)
    @Operation(operationId = "correctAttendance", summary = "Correct a logged attendance", description = "The visit "
            + "as it really was replaces what was logged, under the rules of a visit logged (the platform stays; "
            + "follow-ups are changed on their own). Hours, progress and every figure follow. A person met by name "
            + "keeps their identity when sent back with the personId the plan shows.")
    @ApiResponse(responseCode = "200", description = "Corrected")
    @ApiResponse(responseCode = "422", description = "The corrected visit breaks a rule of attendance, or the "
            + "attendance was retracted; nothing was stored.")
    public Changed correct(Caller caller, @PathVariable String planId, @PathVariable String attendanceId,
                           @Valid @RequestBody CorrectAttendanceRequest request) {
        List<PersonMet> people = personIds.forCorrectedPeople(request.contactsMet(),
                loggedPersonIds(planId, attendanceId, caller));
        List<String> contactIds = people.stream().filter(Objects::nonNull).map(PersonMet::contactId).toList();
        long version = commands.send(planId, new CorrectAttendance(planId, attendanceId, request.arrivedAt(),
                request.leftAt(), people, request.notes(), request.reason(), knownOf(contactIds, caller),
                clock.instant(), settings.of(caller.org())), caller);
        personPlans.remember(planId, PersonIds.keyIds(people, List.of()));
        return new Changed(attendanceId, version);
    }

    @DeleteMapping(path = ATTENDANCE, consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "retractAttendance", summary = "Retract an attendance", description = "Logged by "
            + "mistake: its hours and people met no longer count; the choice stays. The body, {reason}, is optional.")
    @ApiResponse(responseCode = "200", description = "Retracted")
    @ApiResponse(responseCode = "422", description = "Retracted already; nothing was stored.")
    public Changed retract(Caller caller, @PathVariable String planId, @PathVariable String attendanceId,
                           @Valid @RequestBody(required = false) RetractionRequest request) {
        long version = commands.send(planId, new RetractAttendance(planId, attendanceId,
                request == null ? null : request.reason()), caller);
        return new Changed(attendanceId, version);
    }

    /** The person ids of the people met by name at the attendance as logged; none when the plan has no such one. */
    private Set<String> loggedPersonIds(String planId, String attendanceId, Caller caller) {
        return plans.current(planId, caller, null).attendance().stream()
                .filter(attended -> attendanceId.equals(attended.attendanceId()))
                .flatMap(attended -> attended.contactsMet().stream())
                .map(PersonMet::personId)
                .filter(Objects::nonNull)
                .collect(Collectors.toSet());
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
