package com.netfocus.contact.contact;

import com.netfocus.contracts.caller.Caller;
import com.netfocus.support.paging.PageOf;
import com.netfocus.support.paging.PageRequestCheck;
import com.netfocus.support.paging.PagingProperties;
import com.netfocus.support.settings.Settings;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.core.env.Environment;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;

/**
 * Contacts. Any caller of the org adds contacts, which become their own; a listing holds what the caller may
 * read (a REP their own, a MANAGER also their team's, an ADMIN the org's) and reading one contact follows the
 * same rule (see {@link ContactBook}).
 */
@RestController
@RequestMapping(ContactController.PATH)
@Tag(name = "Contacts", description = "People the org knows, and the people of a plan.")
class ContactController {

    static final String PATH = "/api/v1/contacts";

    private final ContactBook contacts;
    private final PagingProperties paging;

    ContactController(ContactBook contacts, Environment environment) {
        this.contacts = contacts;
        this.paging = Settings.bind(environment, "netfocus.contact.paging", PagingProperties.class);
    }

    @PostMapping
    @Operation(operationId = "addContact", summary = "Add a contact",
            description = "Only the name is required; the rest helps match the person to targets.")
    @ApiResponse(responseCode = "201", description = "Added", headers = @Header(name = "Location",
            description = "Where the contact is read",
            schema = @Schema(type = "string", example = "/api/v1/contacts/5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d")))
    ResponseEntity<ContactAdded> add(Caller caller, @Valid @RequestBody AddContact request) {
        ContactAdded added = contacts.add(caller, request);
        return ResponseEntity.created(URI.create(PATH + "/" + added.contactId())).body(added);
    }

    @GetMapping
    @Operation(operationId = "listContacts", summary = "List the contacts the caller may read", description = "A REP "
            + "reads their own, a MANAGER also the team's, an ADMIN the whole org's; by name, paged.")
    @ApiResponse(responseCode = "200", description = "One page")
    PageOf<ContactView> list(Caller caller, @RequestParam(defaultValue = "0") int page,
                             @RequestParam(required = false) Integer size) {
        return contacts.list(caller, page, PageRequestCheck.checkedSize(page, size, paging));
    }

    @GetMapping("/{contactId}")
    @Operation(operationId = "getContact", summary = "Read a contact")
    @ApiResponse(responseCode = "200", description = "The contact")
    ContactView get(Caller caller, @PathVariable String contactId) {
        return contacts.get(caller, contactId);
    }
}
