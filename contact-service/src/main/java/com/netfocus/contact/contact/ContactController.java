package com.netfocus.contact.contact;

import com.netfocus.contracts.caller.Caller;
import com.netfocus.support.paging.PageOf;
import com.netfocus.support.paging.PageRequestCheck;
import com.netfocus.support.paging.PagingProperties;
import com.netfocus.support.settings.Settings;
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
class ContactController {

    static final String PATH = "/api/v1/contacts";

    private final ContactBook contacts;
    private final PagingProperties paging;

    ContactController(ContactBook contacts, Environment environment) {
        this.contacts = contacts;
        this.paging = Settings.bind(environment, "netfocus.contact.paging", PagingProperties.class);
    }

    @PostMapping
    ResponseEntity<ContactAdded> add(Caller caller, @Valid @RequestBody AddContact request) {
        ContactAdded added = contacts.add(caller, request);
        return ResponseEntity.created(URI.create(PATH + "/" + added.contactId())).body(added);
    }

    @GetMapping
    PageOf<ContactView> list(Caller caller, @RequestParam(defaultValue = "0") int page,
                             @RequestParam(required = false) Integer size) {
        return contacts.list(caller, page, PageRequestCheck.checkedSize(page, size, paging));
    }

    @GetMapping("/{contactId}")
    ContactView get(Caller caller, @PathVariable String contactId) {
        return contacts.get(caller, contactId);
    }
}
