package com.netfocus.catalog.importing;

import com.netfocus.contracts.caller.Caller;
import com.netfocus.contracts.caller.Roles;
import com.netfocus.support.access.RequiresRole;
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
 * {@code POST /api/v1/platforms/import} (ADMIN): a CSV or iCalendar file, sent as the body (Content-Type
 * text/csv or text/calendar) or as the part {@code file} of a multipart/form-data upload. Answers 200 with
 * the platforms added and the rows rejected; a file that cannot be read at all is 400, one too large 413,
 * another format 415 (answered by service-support's problem responses); in those cases nothing is stored.
 */
@RestController
@Tag(name = "Catalog")
class PlatformImportController {

    static final String PATH = "/api/v1/platforms/import";

    private final PlatformImporter importer;
    private final CatalogImportProperties properties;

    PlatformImportController(PlatformImporter importer, CatalogImportProperties properties) {
        this.importer = importer;
        this.properties = properties;
    }

    @PostMapping(path = PATH, consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @RequiresRole(Roles.ADMIN)
    @Operation(operationId = "importPlatforms", summary = "Import platforms from a CSV or iCalendar file",
            description = "The file as the body (Content-Type text/csv or text/calendar) or as the part `file` of a "
                    + "multipart/form-data upload. Good rows are added, bad rows reported by line; a file that cannot "
                    + "be read at all is 400, one too large 413, another format 415, and then nothing is stored.")
    @ApiResponse(responseCode = "200", description = "What was imported and what was left out")
    CatalogImportReport importUpload(Caller caller, @RequestParam("file") MultipartFile file) throws IOException {
        ImportFormat format = ImportFormat.detect(PlatformImporter.FORMATS, file.getContentType(),
                file.getOriginalFilename());
        return importer.importFile(caller, format, UploadedText.of(file, properties.maxBytes()));
    }

    /** Any other body: read as the file itself, its Content-Type telling the format. */
    @PostMapping(path = PATH)
    @RequiresRole(Roles.ADMIN)
    @Operation(operationId = "importPlatforms", summary = "Import platforms from a CSV or iCalendar file")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(description = "The file: the body itself, or the part "
            + "`file` of a multipart/form-data upload", content = {
            @Content(mediaType = MediaType.MULTIPART_FORM_DATA_VALUE, schemaProperties = @SchemaProperty(name = "file",
                    schema = @Schema(type = "string", format = "binary"))),
            @Content(mediaType = "text/csv", schema = @Schema(type = "string", example = "name,kind,startsAt,endsAt,"
                    + "programStartsAt,programEndsAt,location,cost,networkingSupported,expectedAttendance,audience\n")),
            @Content(mediaType = "text/calendar", schema = @Schema(type = "string"))})
    CatalogImportReport importBody(Caller caller, HttpServletRequest request) throws IOException {
        ImportFormat format = ImportFormat.detect(PlatformImporter.FORMATS, request.getContentType(), null);
        return importer.importFile(caller, format, UploadedText.of(request, properties.maxBytes()));
    }
}
