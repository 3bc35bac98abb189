package com.netfocus.contact.importing;

import com.netfocus.contracts.caller.Caller;
import com.netfocus.support.importing.ImportFormat;
import com.netfocus.support.importing.UploadedText;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.SchemaProperty;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;

/**
 * {@code POST /api/v1/contacts/import}: a CSV or vCard file, sent as the body (Content-Type text/csv or
 * text/vcard) or as the part {@code file} of a multipart/form-data upload. Answers 200 with what was
 * imported, merged and rejected; a file that cannot be read at all is 400, one too large 413, another
 * format 415 (answered by service-support's problem responses); in those cases nothing is stored.
 */
@RestController
@Tag(name = "Contacts")
class ContactImportController {

    static final String PATH = "/api/v1/contacts/import";

    private final ContactImporter importer;
    private final ImportProperties properties;

    ContactImportController(ContactImporter importer, ImportProperties properties) {
        this.importer = importer;
        this.properties = properties;
    }

    @PostMapping(path = PATH, consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(operationId = "importContacts", summary = "Import contacts from a CSV or vCard file", description = "The "
            + "file as the body (Content-Type text/csv or text/vcard) or as the part `file` of a multipart/form-data "
            + "upload. Duplicates are merged (same e-mail, else same name and company); bad rows are reported by "
            + "line; a file that cannot be read at all is 400, one too large 413, another format 415, and then "
            + "nothing is stored.")
    @ApiResponse(responseCode = "200", description = "What was imported, merged and left out")
    ImportReport importUpload(Caller caller, @RequestParam("file") MultipartFile file) throws IOException {
        ImportFormat format = ImportFormat.detect(ContactImporter.FORMATS, file.getContentType(),
                file.getOriginalFilename());
        return importer.importFile(caller, format, UploadedText.of(file, properties.maxBytes()));
    }

    /** Any other body: read as the file itself, its Content-Type telling the format. */
    @PostMapping(path = PATH)
    @Operation(operationId = "importContacts", summary = "Import contacts from a CSV or vCard file")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(description = "The file: the body itself, or the part "
            + "`file` of a multipart/form-data upload", content = {
            @Content(mediaType = MediaType.MULTIPART_FORM_DATA_VALUE, schemaProperties = @SchemaProperty(name = "file",
                    schema = @Schema(type = "string", format = "binary"))),
            @Content(mediaType = "text/csv", schema = @Schema(type = "string",
                    example = "name,company,email\nKarin Holm,ICA Sverige,karin.holm@example.com\n")),
            @Content(mediaType = "text/vcard", schema = @Schema(type = "string",
                    example = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Karin Holm\r\nORG:ICA Sverige\r\nEND:VCARD\r\n"))})
    ImportReport importBody(Caller caller, HttpServletRequest request) throws IOException {
        ImportFormat format = ImportFormat.detect(ContactImporter.FORMATS, request.getContentType(), null);
        return importer.importFile(caller, format, UploadedText.of(request, properties.maxBytes()));
    }
}
