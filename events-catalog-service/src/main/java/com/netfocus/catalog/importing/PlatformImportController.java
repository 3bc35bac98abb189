package com.netfocus.catalog.importing;

import com.netfocus.contracts.caller.Caller;
import com.netfocus.contracts.caller.Roles;
import com.netfocus.support.access.RequiresRole;
import com.netfocus.support.correlation.CorrelationIdFilter;
import com.netfocus.support.problem.FieldError;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.MDC;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.support.MissingServletRequestPartException;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.List;

/**
 * {@code POST /api/v1/platforms/import} (ADMIN): a CSV or iCalendar file, sent as the body (Content-Type
 * text/csv or text/calendar) or as the part {@code file} of a multipart/form-data upload. Answers 200 with
 * the platforms added and the rows rejected; a file that cannot be read at all is 400, one too large 413,
 * another format 415; in those cases nothing is stored.
 */
@RestController
class PlatformImportController {

    static final String PATH = "/api/v1/platforms/import";
    private static final String PROBLEM_TYPES = "https://netfocus.example/problems/";

    private final PlatformImporter importer;
    private final CatalogImportProperties properties;

    PlatformImportController(PlatformImporter importer, CatalogImportProperties properties) {
        this.importer = importer;
        this.properties = properties;
    }

    @PostMapping(path = PATH, consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @RequiresRole(Roles.ADMIN)
    CatalogImportReport importUpload(Caller caller, @RequestParam("file") MultipartFile file) throws IOException {
        ImportFormat format = ImportFormat.of(file.getContentType(), file.getOriginalFilename());
        try (InputStream in = file.getInputStream()) {
            return importer.importFile(caller, format, readAtMostLimit(in));
        }
    }

    /** Any other body: read as the file itself, its Content-Type telling the format. */
    @PostMapping(path = PATH)
    @RequiresRole(Roles.ADMIN)
    CatalogImportReport importBody(Caller caller, HttpServletRequest request) throws IOException {
        ImportFormat format = ImportFormat.of(request.getContentType(), null);
        try (InputStream in = request.getInputStream()) {
            return importer.importFile(caller, format, readAtMostLimit(in));
        }
    }

    /** Reads one byte past the limit at most, so an oversized body is refused without being held in memory. */
    private byte[] readAtMostLimit(InputStream in) throws IOException {
        long limit = properties.maxBytes().toBytes();
        byte[] content = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 1, limit + 1));
        if (content.length > limit) {
            throw new FileTooLargeException("is larger than " + limit + " bytes");
        }
        return content;
    }

    @ExceptionHandler(UnreadableFileException.class)
    ResponseEntity<ProblemDetail> unreadable(UnreadableFileException e) {
        return problem(HttpStatus.BAD_REQUEST, "unreadable-file", "The file cannot be imported",
                new FieldError(e.field(), e.getMessage()));
    }

    @ExceptionHandler(FileTooLargeException.class)
    ResponseEntity<ProblemDetail> tooLarge(FileTooLargeException e) {
        return problem(HttpStatus.PAYLOAD_TOO_LARGE, "file-too-large", "The file is too large",
                new FieldError("file", e.getMessage()));
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<ProblemDetail> uploadTooLarge(MaxUploadSizeExceededException e) {
        return tooLarge(new FileTooLargeException("is larger than " + properties.maxBytes().toBytes() + " bytes"));
    }

    @ExceptionHandler(MultipartException.class)
    ResponseEntity<ProblemDetail> brokenUpload(MultipartException e) {
        return problem(HttpStatus.BAD_REQUEST, "unreadable-file", "The file cannot be imported",
                new FieldError("file", "the multipart upload cannot be read"));
    }

    @ExceptionHandler(MissingServletRequestPartException.class)
    ResponseEntity<ProblemDetail> noFilePart(MissingServletRequestPartException e) {
        return problem(HttpStatus.BAD_REQUEST, "invalid-request", "The request is not valid",
                new FieldError(e.getRequestPartName(), "is required: the part holding the file"));
    }

    @ExceptionHandler(UnsupportedFormatException.class)
    ResponseEntity<ProblemDetail> unsupported(UnsupportedFormatException e) {
        return problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type", "Unsupported file format",
                new FieldError(HttpHeaders.CONTENT_TYPE, e.getMessage()));
    }

    /** Shaped like every other problem of the service (type, title, detail, errors, correlationId). */
    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String type, String title, FieldError error) {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(status, error.field() + ": " + error.reason());
        body.setType(URI.create(PROBLEM_TYPES + type));
        body.setTitle(title);
        body.setProperty("errors", List.of(error));
        String correlationId = MDC.get(CorrelationIdFilter.MDC_KEY);
        if (correlationId != null) {
            body.setProperty("correlationId", correlationId);
        }
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body);
    }
}
