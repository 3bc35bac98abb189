package com.netfocus.contact.erasure;

import com.netfocus.contracts.caller.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A person's request to be forgotten: {@code POST /api/v1/contacts/{contactId}/erasure} answers 204 once the contact
 * and everything this service keeps about the person are gone and the person's keys destroyed; again 204 when it is
 * asked again (the erasure is remembered, by ids only).
 */
@RestController
@Tag(name = "Contacts")
class ErasureController {

    private final ContactErasures erasures;

    ErasureController(ContactErasures erasures) {
        this.erasures = erasures;
    }

    @PostMapping("/api/v1/contacts/{contactId}/erasure")
    @Operation(operationId = "eraseContact", summary = "Erase a contact's personal data (right to be forgotten)",
            description = "The person's keys are destroyed, so their name and e-mail in every stored plan event, "
                    + "snapshot and Kafka record read \"[erased]\" from now on; the contact, the people met and the "
                    + "follow-ups about them are deleted; each plan that named them records a `PersonalDataErased` "
                    + "entry in its history. Asking again answers 204 as well. No body.\n\n"
                    + "Roles: the contact's owner or an ADMIN of its org (anyone else of the org: 403).")
    @ApiResponse(responseCode = "204", description = "The personal data is erased (or was already)")
    @ApiResponse(responseCode = "403", description = "Neither the contact's owner nor an ADMIN of its org")
    ResponseEntity<Void> erase(Caller caller, @PathVariable String contactId) {
        erasures.erase(caller, contactId);
        return ResponseEntity.noContent().build();
    }
}
