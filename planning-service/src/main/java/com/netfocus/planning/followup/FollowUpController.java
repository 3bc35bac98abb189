package com.netfocus.planning.followup;

import com.netfocus.contracts.caller.Caller;
import com.netfocus.contracts.plan.FollowUp;
import com.netfocus.planning.contact.KnownContacts;
import com.netfocus.planning.erasure.PersonIds;
import com.netfocus.planning.erasure.PersonPlans;
import com.netfocus.planning.sending.PlanCommands;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

/** Follow-ups: what was promised to whom, by when; when it was done; moved, reworded or cancelled while open. */
@RestController
@Tag(name = "Follow-ups", description = "What was promised to whom, by when.")
class FollowUpController {

    private final PlanCommands commands;
    private final KnownContacts contacts;
    private final Clock clock;
    private final PersonPlans personPlans;
    private final PersonIds personIds = PersonIds.random();

    FollowUpController(PlanCommands commands, KnownContacts contacts, Clock clock, PersonPlans personPlans) {
        this.commands = commands;
        this.contacts = contacts;
        this.clock = clock;
        this.personPlans = personPlans;
    }

    private static final String FOLLOW_UP = "/api/v1/plans/{planId}/follow-ups/{followUpId}";

    public record Scheduled(String followUpId, long version) {
    }

    @PostMapping("/api/v1/plans/{planId}/follow-ups")
    @Operation(operationId = "scheduleFollowUp", summary = "Schedule a follow-up",
            description = "What was promised to whom (a known contact or a person by name), by when.")
    @ApiResponse(responseCode = "201", description = "Scheduled")
    public ResponseEntity<Scheduled> schedule(Caller caller, @PathVariable String planId,
                                              @Valid @RequestBody FollowUpRequest request) {
        FollowUp followUp = personIds.forFollowUps(List.of(new FollowUp(UUID.randomUUID().toString(),
                request.contactId(), request.personName(), request.targetId(), request.dueOn(), request.action())),
                List.of()).get(0);
        long version = commands.send(planId, new ScheduleFollowUp(planId, followUp, LocalDate.now(clock),
                contacts.known(Collections.singletonList(request.contactId()), caller.org())), caller);
        personPlans.remember(planId, PersonIds.keyIds(List.of(), List.of(followUp)));
        return ResponseEntity.status(HttpStatus.CREATED).body(new Scheduled(followUp.followUpId(), version));
    }

    @PostMapping("/api/v1/plans/{planId}/follow-ups/{followUpId}/completed")
    @Operation(operationId = "completeFollowUp", summary = "Complete a follow-up", description = "With its outcome.")
    @ApiResponse(responseCode = "200", description = "Completed")
    public Scheduled complete(Caller caller, @PathVariable String planId, @PathVariable String followUpId,
                              @Valid @RequestBody CompleteFollowUpRequest request) {
        long version = commands.send(planId,
                new CompleteFollowUp(planId, followUpId, request.outcome(), clock.instant()), caller);
        return new Scheduled(followUpId, version);
    }

    @PatchMapping(FOLLOW_UP)
    @Operation(operationId = "reviseFollowUp", summary = "Move or reword a follow-up", description = "A new due date, "
            + "a new wording, or both, and why.")
    @ApiResponse(responseCode = "200", description = "Revised")
    @ApiResponse(responseCode = "422", description = "Not open any more, nothing to change, or a due date before "
            + "today or beyond the horizon; nothing was stored.")
    public Scheduled revise(Caller caller, @PathVariable String planId, @PathVariable String followUpId,
                            @Valid @RequestBody ReviseFollowUpRequest request) {
        long version = commands.send(planId, new ReviseFollowUp(planId, followUpId, request.dueOn(), request.action(),
                request.reason(), LocalDate.now(clock)), caller);
        return new Scheduled(followUpId, version);
    }

    @DeleteMapping(path = FOLLOW_UP, consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "cancelFollowUp", summary = "Cancel a follow-up", description = "It is no longer due. "
            + "The body, {reason}, is optional.")
    @ApiResponse(responseCode = "200", description = "Cancelled")
    @ApiResponse(responseCode = "422", description = "Not open any more; nothing was stored.")
    public Scheduled cancel(Caller caller, @PathVariable String planId, @PathVariable String followUpId,
                            @Valid @RequestBody(required = false) CancellationRequest request) {
        long version = commands.send(planId, new CancelFollowUp(planId, followUpId,
                request == null ? null : request.reason()), caller);
        return new Scheduled(followUpId, version);
    }
}
