package com.netfocus.planning.target;

import com.netfocus.contracts.caller.Caller;
import com.netfocus.planning.contact.KnownContacts;
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
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.UUID;

/**
 * Targets: the people (or kinds of people) an objective needs; identify one, or retire it. A named contact is looked
 * up in the local copy of the org's contacts (fed by the contact service's events), so targets are accepted while the
 * contact service is down.
 */
@RestController
@Tag(name = "Targets", description = "Who: the people an objective needs, by name or by kind.")
class TargetController {

    private final PlanCommands commands;
    private final KnownContacts contacts;
    private final PersonPlans personPlans;

    TargetController(PlanCommands commands, KnownContacts contacts, PersonPlans personPlans) {
        this.commands = commands;
        this.contacts = contacts;
        this.personPlans = personPlans;
    }

    public record Identified(String targetId, long version) {
    }

    /** {@code choicesServingOnlyIt}: the chosen platforms left serving no active target; withdraw them or keep them. */
    public record Retired(String targetId, List<String> choicesServingOnlyIt, long version) {
    }

    @PostMapping("/api/v1/plans/{planId}/targets")
    @Operation(operationId = "identifyTarget", summary = "Name a target (who)", description = "A known person "
            + "(contactId, from the org's contacts) or a kind of person (profile: function, position, industry) an "
            + "objective needs.")
    @ApiResponse(responseCode = "201", description = "Identified")
    @ApiResponse(responseCode = "422", description = "Neither or both of contactId and profile, an unknown objective "
            + "or contact, or a priority outside its bounds; nothing was stored.")
    public ResponseEntity<Identified> identify(Caller caller, @PathVariable String planId,
                                               @Valid @RequestBody IdentifyTargetRequest request) {
        String targetId = UUID.randomUUID().toString();
        long version = commands.send(planId, new IdentifyTarget(planId, targetId, request.objectiveId(),
                request.contactId(), request.profile(), request.priority(), request.rationale(),
                contacts.isKnown(request.contactId(), caller.org())), caller);
        if (request.contactId() != null) {
            personPlans.remember(planId, List.of(request.contactId()));
        }
        return ResponseEntity.status(HttpStatus.CREATED).body(new Identified(targetId, version));
    }

    @DeleteMapping(path = "/api/v1/plans/{planId}/targets/{targetId}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "retireTarget", summary = "Retire a target", description = "No new work is planned for "
            + "it; what was done for it still counts. The answer names the choices left serving no active target. "
            + "The body, {reason}, is optional.")
    @ApiResponse(responseCode = "200", description = "Retired")
    @ApiResponse(responseCode = "422", description = "The target is retired already; nothing was stored.")
    public Retired retire(Caller caller, @PathVariable String planId, @PathVariable String targetId,
                          @Valid @RequestBody(required = false) RetirementRequest request) {
        TargetRetirement retirement = commands.send(planId, new RetireTarget(planId, targetId,
                request == null ? null : request.reason()), caller);
        return new Retired(targetId, retirement.choicesServingOnlyIt(), retirement.version());
    }
}
