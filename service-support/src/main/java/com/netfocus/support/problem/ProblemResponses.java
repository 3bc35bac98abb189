package com.netfocus.support.problem;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.netfocus.contracts.caller.MissingCallerException;
import com.netfocus.support.access.ForbiddenException;
import com.netfocus.support.input.RefusedValueException;
import jakarta.validation.ConstraintViolationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.beans.TypeMismatchException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.web.servlet.MultipartProperties;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import java.net.URI;
import java.util.List;

/** Every error a service answers is RFC 9457 problem+json; client errors say which field and why. */
@RestControllerAdvice
public class ProblemResponses {

    private static final Logger log = LoggerFactory.getLogger(ProblemResponses.class);
    private static final String TYPE_BASE = "https://netfocus.example/problems/";
    /** The field named when an upload is refused before its part or file is known. */
    private static final String FILE = "file";
    /** Messages thrown from here were written for the API's clients. */
    private static final String OWN_PACKAGE = "com.netfocus.";

    private final ObjectProvider<MultipartProperties> multipart;

    public ProblemResponses(ObjectProvider<MultipartProperties> multipart) {
        this.multipart = multipart;
    }

    @ExceptionHandler(RejectedInputException.class)
    ResponseEntity<ProblemDetail> rejected(RejectedInputException e) {
        return problem(HttpStatus.UNPROCESSABLE_ENTITY, "rule-violated", "The request breaks a rule",
                e.getMessage(), e.errors());
    }

    @ExceptionHandler(ConflictingInputException.class)
    ResponseEntity<ProblemDetail> conflicting(ConflictingInputException e) {
        return problem(HttpStatus.CONFLICT, "already-recorded", "Already recorded", e.getMessage(), e.errors());
    }

    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<ProblemDetail> invalid(InvalidInputException e) {
        return problem(HttpStatus.BAD_REQUEST, "invalid-request", "The request is not valid", e.getMessage(), e.errors());
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ResponseEntity<ProblemDetail> invalid(MethodArgumentNotValidException e) {
        List<FieldError> errors = e.getBindingResult().getFieldErrors().stream()
                .map(error -> new FieldError(error.getField(), reasonOf(error)))
                .toList();
        return problem(HttpStatus.BAD_REQUEST, "invalid-request", "The request is not valid",
                describe(errors), errors);
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<ProblemDetail> invalid(ConstraintViolationException e) {
        List<FieldError> errors = e.getConstraintViolations().stream()
                .map(violation -> new FieldError(leaf(violation.getPropertyPath().toString()), violation.getMessage()))
                .toList();
        return problem(HttpStatus.BAD_REQUEST, "invalid-request", "The request is not valid",
                describe(errors), errors);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e) {
        Throwable cause = e.getCause();
        if (cause instanceof RefusedValueException refused) {
            return badRequest(path(refused), refused.getOriginalMessage());
        }
        if (cause instanceof InputCoercionException outOfRange) {
            return badRequest(where(outOfRange), "is out of range: expected " + ExpectedType.of(outOfRange.getTargetType())
                    + ExpectedType.rangeOf(outOfRange.getTargetType()));
        }
        if (cause instanceof StreamReadException broken) {
            return badRequest(where(broken), unreadableJson(broken));
        }
        if (cause instanceof UnrecognizedPropertyException unknown) {
            String field = path(unknown);
            return badRequest(field, "is not a known field");
        }
        if (cause instanceof InvalidFormatException format) {
            return badRequest(path(format), "cannot be read: expected " + ExpectedType.of(format.getTargetType()));
        }
        if (cause instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
            return badRequest(path(mismatch), "has the wrong type: expected " + ExpectedType.of(mismatch.getTargetType()));
        }
        if (cause instanceof MismatchedInputException mismatch) {
            return badRequest("body", "has the wrong shape: expected " + ExpectedType.of(mismatch.getTargetType()));
        }
        if (cause instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            return badRequest(path(mapping), ownReason(mapping).orElse("is not valid here; see the API description "
                    + "for what this field takes"));
        }
        return badRequest("body", "is not well-formed JSON: send one JSON object");
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> wrongParameter(MethodArgumentTypeMismatchException e) {
        return badRequest(e.getName(), "cannot be read: expected " + ExpectedType.of(e.getRequiredType()));
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<ProblemDetail> missingParameter(MissingServletRequestParameterException e) {
        return badRequest(e.getParameterName(), "is required");
    }

    @ExceptionHandler(MissingCallerException.class)
    ResponseEntity<ProblemDetail> noCaller(MissingCallerException e) {
        return problem(HttpStatus.UNAUTHORIZED, "unauthenticated", "No verified caller", e.getMessage(), List.of());
    }

    @ExceptionHandler(ForbiddenException.class)
    ResponseEntity<ProblemDetail> forbidden(ForbiddenException e) {
        return problem(HttpStatus.FORBIDDEN, "forbidden", "Forbidden", e.getMessage(), List.of());
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(NotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "not-found", "Not found", e.getMessage(), List.of());
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ResponseEntity<ProblemDetail> noRoute(NoResourceFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "not-found", "Not found", "no such resource: /" + e.getResourcePath(), List.of());
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ProblemDetail> wrongMethod(HttpRequestMethodNotSupportedException e) {
        String allowed = e.getSupportedMethods() == null ? "" : String.join(", ", e.getSupportedMethods());
        return problem(HttpStatus.METHOD_NOT_ALLOWED, "method-not-allowed", "Method not allowed",
                e.getMethod() + " is not allowed here" + (allowed.isEmpty() ? "" : "; allowed: " + allowed), List.of());
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ProblemDetail> wrongMediaType(HttpMediaTypeNotSupportedException e) {
        return problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type", "Unsupported media type",
                "send the body as application/json", List.of(new FieldError("Content-Type", "must be application/json")));
    }

    /**
     * The caller accepts nothing the endpoint answers in (an interceptor refuses it before the handler runs, or
     * Spring's mapping for an endpoint declaring what it produces). Written as problem+json whatever was asked for: a
     * refusal must be readable.
     */
    @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
    ResponseEntity<ProblemDetail> notAcceptable(HttpMediaTypeNotAcceptableException e) {
        List<String> offered = e.getSupportedMediaTypes().stream().map(MediaType::toString).distinct().toList();
        return problem(HttpStatus.NOT_ACCEPTABLE, "not-acceptable", "Not acceptable",
                List.of(new FieldError(HttpHeaders.ACCEPT, "this endpoint answers "
                        + (offered.isEmpty() ? "application/json" : String.join(" or ", offered))
                        + ": ask for that (or leave Accept out)")));
    }

    @ExceptionHandler(UnreadableFileException.class)
    ResponseEntity<ProblemDetail> unreadableFile(UnreadableFileException e) {
        return problem(HttpStatus.BAD_REQUEST, "unreadable-file", "The file cannot be read",
                List.of(new FieldError(e.field(), e.getMessage())));
    }

    @ExceptionHandler(PayloadTooLargeException.class)
    ResponseEntity<ProblemDetail> tooLarge(PayloadTooLargeException e) {
        return problem(HttpStatus.PAYLOAD_TOO_LARGE, "payload-too-large", "Too large",
                List.of(new FieldError(e.field(), e.getMessage())));
    }

    /** The servlet container refused a multipart upload over its size limit before any controller saw it. */
    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<ProblemDetail> uploadTooLarge(MaxUploadSizeExceededException e) {
        MultipartProperties limits = multipart.getIfAvailable();
        long limit = e.getMaxUploadSize() > 0 ? e.getMaxUploadSize()
                : limits == null || limits.getMaxFileSize() == null ? -1 : limits.getMaxFileSize().toBytes();
        return tooLarge(new PayloadTooLargeException(FILE,
                limit > 0 ? "is larger than " + limit + " bytes" : "is larger than the upload limit"));
    }

    @ExceptionHandler(MultipartException.class)
    ResponseEntity<ProblemDetail> brokenUpload(MultipartException e) {
        return unreadableFile(new UnreadableFileException(FILE, "the multipart upload cannot be read"));
    }

    @ExceptionHandler(MissingServletRequestPartException.class)
    ResponseEntity<ProblemDetail> missingPart(MissingServletRequestPartException e) {
        return badRequest(e.getRequestPartName(), "is required: the multipart/form-data part holding the file");
    }

    @ExceptionHandler(UnsupportedFormatException.class)
    ResponseEntity<ProblemDetail> unsupportedFormat(UnsupportedFormatException e) {
        return problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type", "Unsupported format",
                List.of(new FieldError(HttpHeaders.CONTENT_TYPE, e.getMessage())));
    }

    @ExceptionHandler(ServiceUnavailableException.class)
    ResponseEntity<ProblemDetail> unavailable(ServiceUnavailableException e) {
        ResponseEntity<ProblemDetail> response = problem(HttpStatus.SERVICE_UNAVAILABLE, "unavailable",
                "Temporarily unavailable", e.getMessage(), List.of());
        return ResponseEntity.status(response.getStatusCode()).headers(response.getHeaders())
                .header("Retry-After", String.valueOf(e.retryAfterSeconds())).body(response.getBody());
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> fault(Exception e) {
        log.error("unexpected failure", e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error", "Internal error",
                "the request could not be completed; quote the correlation id when reporting it", List.of());
    }

    private ResponseEntity<ProblemDetail> badRequest(String field, String reason) {
        List<FieldError> errors = List.of(new FieldError(field, reason));
        return problem(HttpStatus.BAD_REQUEST, "invalid-request", "The request is not valid", describe(errors), errors);
    }

    /** A problem with one field at fault, its detail naming it. */
    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String type, String title,
                                                         List<FieldError> errors) {
        return problem(status, type, title, describe(errors), errors);
    }

    static ResponseEntity<ProblemDetail> problem(HttpStatus status, String type, String title, String detail,
                                                 List<FieldError> errors) {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(status, detail);
        body.setType(URI.create(TYPE_BASE + type));
        body.setTitle(title);
        if (!errors.isEmpty()) {
            body.setProperty("errors", errors);
        }
        String correlationId = MDC.get(com.netfocus.support.correlation.CorrelationIdFilter.MDC_KEY);
        if (correlationId != null) {
            body.setProperty("correlationId", correlationId);
        }
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body);
    }

    private static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
            if (reference.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "body" : path.toString();
    }

    /**
     * The JSON path at which the parser gave up (a field, an array element, e.g. at a NaN literal), or the whole body
     * when it simply ended too soon.
     */
    private static String where(StreamReadException e) {
        JsonParser parser = e.getProcessor();
        boolean endedTooSoon = e instanceof JsonEOFException
                || String.valueOf(e.getOriginalMessage()).contains("end-of-input");
        if (parser != null && !endedTooSoon) {
            JsonStreamContext context = parser.getParsingContext();
            String pointer = context == null ? "" : context.pathAsPointer().toString();
            if (!pointer.isEmpty()) {
                return pointer.substring(1).replaceAll("/(\\d+)(?=/|$)", "[$1]").replace('/', '.')
                        .replace(".[", "[");
            }
        }
        return "body";
    }

    /**
     * The reason a value was refused by the service's own code (a record's check, a value type's parser), which speaks
     * the API's words; a library's message (naming its classes and settings) is never passed on.
     */
    private static java.util.Optional<String> ownReason(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        StackTraceElement[] trace = root.getStackTrace();
        boolean ours = root != e && root.getMessage() != null && trace.length > 0
                && trace[0].getClassName().startsWith(OWN_PACKAGE);
        return ours ? java.util.Optional.of(root.getMessage().split("\n")[0]) : java.util.Optional.empty();
    }

    /** A binding's reason: a value that could not be converted gets the API's words, not the converter's. */
    private static String reasonOf(org.springframework.validation.FieldError error) {
        if (!error.isBindingFailure()) {
            return error.getDefaultMessage();
        }
        Class<?> type = null;
        if (error.contains(TypeMismatchException.class)) {
            type = error.unwrap(TypeMismatchException.class).getRequiredType();
        }
        return "cannot be read: expected " + ExpectedType.of(type);
    }

    /** Why the body is not JSON, in the client's terms. */
    private static String unreadableJson(StreamReadException broken) {
        String message = String.valueOf(broken.getOriginalMessage());
        if (broken instanceof JsonEOFException || message.contains("end-of-input")) {
            return "ends too soon: close every string, object and list";
        }
        if (message.startsWith("Duplicate field")) {
            return "is given twice: name each field once";
        }
        return "is not well-formed JSON here: texts in double quotes, numbers as plain decimals (no NaN or "
                + "Infinity), no comments and no comma after the last item";
    }

    private static String leaf(String propertyPath) {
        int dot = propertyPath.indexOf('.');
        return dot < 0 ? propertyPath : propertyPath.substring(dot + 1);
    }

    private static String describe(List<FieldError> errors) {
        return new RejectedInputException(errors).getMessage();
    }
}
