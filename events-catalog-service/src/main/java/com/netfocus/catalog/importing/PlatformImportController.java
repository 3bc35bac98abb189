package com.netfocus.catalog.importing;

import com.netfocus.contracts.caller.Caller;
import com.netfocus.contracts.caller.Roles;
import com.netfocus.support.access.RequiresRole;
import com.netfocus.support.importing.ImportFormat;
import com.netfocus.support.importing.UploadedText;
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
    CatalogImportReport importUpload(Caller caller, @RequestParam("file") MultipartFile file) throws IOException {
        ImportFormat format = ImportFormat.detect(PlatformImporter.FORMATS, file.getContentType(),
                file.getOriginalFilename());
        return importer.importFile(caller, format, UploadedText.of(file, properties.maxBytes()));
    }

    /** Any other body: read as the file itself, its Content-Type telling the format. */
    @PostMapping(path = PATH)
    @RequiresRole(Roles.ADMIN)
    CatalogImportReport importBody(Caller caller, HttpServletRequest request) throws IOException {
        ImportFormat format = ImportFormat.detect(PlatformImporter.FORMATS, request.getContentType(), null);
        return importer.importFile(caller, format, UploadedText.of(request, properties.maxBytes()));
    }
}
