package com.netfocus.contact.erasure;

import com.netfocus.contracts.caller.Caller;
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
class ErasureController {

    private final ContactErasures erasures;

    ErasureController(ContactErasures erasures) {
        this.erasures = erasures;
    }

    @PostMapping("/api/v1/contacts/{contactId}/erasure")
    ResponseEntity<Void> erase(Caller caller, @PathVariable String contactId) {
        erasures.erase(caller, contactId);
        return ResponseEntity.noContent().build();
    }
}
