package com.netfocus.contact.contact;

import com.netfocus.contracts.caller.Caller;
import com.netfocus.support.paging.PageOf;
import com.netfocus.support.paging.PageRequestCheck;
import com.netfocus.support.paging.PagingProperties;
import com.netfocus.support.settings.Settings;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;

/**
 * Contacts. Any caller of the org adds contacts, which become their own, and edits their own; a listing holds what the
 * caller may read (a REP their own, a MANAGER also their team's, an ADMIN the org's), searched by words and exported
 * whole as CSV ({@code ?format=csv}) or vCard ({@code Accept: text/vcard}) in the forms the import reads; reading one
 * contact follows the same rule (see {@link ContactBook}).
 */
@RestController
@RequestMapping(ContactController.PATH)
@Tag(name = "Contacts", description = "People the org knows, and the people of a plan.")
class ContactController {

    static final String PATH = "/api/v1/contacts";

    static final String CSV_VALUE = "text/csv";
    static final String VCARD_VALUE = "text/vcard";
    private static final MediaType CSV = new MediaType(MediaType.valueOf(CSV_VALUE), StandardCharsets.UTF_8);
    private static final MediaType VCARD = new MediaType(MediaType.valueOf(VCARD_VALUE), StandardCharsets.UTF_8);

    private final ContactBook contacts;
    private final ContactEditing editing;
    private final PagingProperties paging;

    ContactController(ContactBook contacts, ContactEditing editing, Environment environment) {
        this.contacts = contacts;
        this.editing = editing;
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

    /** A page of JSON; the whole list as CSV ({@code format=csv}) or vCard ({@code Accept: text/vcard}). */
    @GetMapping(produces = {MediaType.APPLICATION_JSON_VALUE, ContactController.CSV_VALUE,
            ContactController.VCARD_VALUE})
    @Operation(operationId = "listContacts", summary = "List, search or export the contacts the caller may read",
            description = "A REP reads their own, a MANAGER also the team's, an ADMIN the whole org's; by name, paged. "
                    + "`q`: words, each beginning a word of the name, company, function, position or industry "
                    + "(accents and case set aside). `format=csv` or `Accept: text/vcard`: every contact that matches, "
                    + "as the file the import reads (an export imports again to the same contacts).")
    @ApiResponse(responseCode = "200", description = "One page; or the whole list as a CSV or vCard file",
            content = {@Content(mediaType = "application/json"), @Content(mediaType = "text/csv"),
                    @Content(mediaType = "text/vcard")})
    ResponseEntity<PageOf<ContactView>> list(Caller caller, @Valid @ModelAttribute ContactListQuery query,
                                             @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept,
                                             HttpServletResponse response) throws IOException {
        ContactSearch search = ContactSearch.of(query.q());
        if (query.csv() || accepts(accept, CSV)) {
            export(caller, search, CSV, "contacts.csv", ContactCsvWriter::write, response);
            return null;
        }
        if (accepts(accept, VCARD)) {
            export(caller, search, VCARD, "contacts.vcf", ContactVcardWriter::write, response);
            return null;
        }
        int page = query.pageOrFirst();
        return ResponseEntity.ok(contacts.list(caller, search, page,
                PageRequestCheck.checkedSize(page, query.size(), paging)));
    }

    @PatchMapping("/{contactId}")
    @Operation(operationId = "editContact", summary = "Edit a contact (its owner only)", description = "Changes the "
            + "fields given; the name cannot be emptied. Refused when another of the owner's contacts has the e-mail, "
            + "or the name and company, the edit would give (edit that one instead). Published as ContactUpdated, "
            + "naming the fields changed, never their values.")
    @ApiResponse(responseCode = "200", description = "Edited: the fields changed (none when nothing differed)")
    @ApiResponse(responseCode = "422", description = "Nothing to change, a blank name, or a duplicate of another "
            + "contact of the owner; nothing was stored.")
    ContactEdited edit(Caller caller, @PathVariable String contactId, @Valid @RequestBody EditContact request) {
        return editing.edit(caller, contactId, request);
    }

    /** Streams the file to the response as the contacts are read: a whole book in constant memory. */
    private void export(Caller caller, ContactSearch search, MediaType type, String fileName, ContactFileWriter writer,
                        HttpServletResponse response) throws IOException {
        response.setContentType(type.toString());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + fileName + "\"");
        Writer text = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        try (Stream<ContactView> readable = contacts.export(caller, search)) {
            writer.write(readable, text);
        }
        text.flush();
    }

    /** Whether the Accept header names the file type itself (a wildcard asks for the JSON page). */
    private static boolean accepts(String accept, MediaType file) {
        if (accept == null || accept.isBlank()) {
            return false;
        }
        try {
            return MediaType.parseMediaTypes(accept).stream().anyMatch(type -> type.getType().equals(file.getType())
                    && type.getSubtype().equals(file.getSubtype()) && type.getQualityValue() > 0);
        } catch (InvalidMediaTypeException unreadable) {
            return false;
        }
    }

    /** Writes contacts as one of the files the import reads. */
    @FunctionalInterface
    private interface ContactFileWriter {
        void write(Stream<ContactView> contacts, Writer out) throws IOException;
    }

    @GetMapping("/{contactId}")
    @Operation(operationId = "getContact", summary = "Read a contact")
    @ApiResponse(responseCode = "200", description = "The contact")
    ContactView get(Caller caller, @PathVariable String contactId) {
        return contacts.get(caller, contactId);
    }
}
