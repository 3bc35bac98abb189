package com.netfocus.support.apidescription;

import com.netfocus.support.problem.FieldError;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The error answers every service gives, as a client sees them through the gateway: each an RFC 9457 problem
 * (the problem responses of service-support write them) with its status, what it means, and an example. The API description
 * holds each once, under {@code #/components/responses/<name>}, and every operation refers to those it can answer.
 *
 * @see com.netfocus.support.problem.ProblemResponses
 */
public enum ErrorAnswer {

    BAD_REQUEST(400, "BadRequest", "The request is not valid: malformed JSON, a field or parameter missing, of the "
            + "wrong type or unknown, an id that is not a UUID. `errors` names each field (a JSON path such as "
            + "`contactsMet[0].email`, a query parameter or a path variable) and why; nothing was stored.",
            "invalid-request", "The request is not valid", "title: must not be blank",
            List.of(new FieldError("title", "must not be blank"))),
    UNAUTHENTICATED(401, "Unauthenticated", "No bearer token, or one that is expired, signed with another key or "
            + "without user, org or role (the gateway's `WWW-Authenticate` header carries the Bearer challenge).",
            "unauthenticated", "Authentication required", "send Authorization: Bearer <token>", List.of()),
    FORBIDDEN(403, "Forbidden", "The caller's roles do not allow this (see the operation's roles).",
            "forbidden", "Forbidden", "this operation needs the role ADMIN", List.of()),
    NOT_FOUND(404, "NotFound", "Nothing of that id in the caller's org: data of another org is never visible, "
            + "not even as 403.", "not-found", "Not found",
            "plan 3f1c9a52-8d4e-4b7a-9e21-5c6d7e8f9a01 was not found", List.of()),
    NOT_ACCEPTABLE(406, "NotAcceptable", "The `Accept` header asks for a format this endpoint does not answer "
            + "(most answer only application/json; some also CSV, vCard or iCalendar, as the operation says); nothing "
            + "was done.", "not-acceptable", "Not acceptable", "this endpoint answers application/json",
            List.of(new FieldError("Accept", "must allow application/json"))),
    CONFLICT(409, "Conflict", "The plan was changed at the same moment by another request (nothing was stored, "
            + "send the request again), the request would record again what is recorded, or the plan is closed (it "
            + "takes no more changes; `errors[].field` is planId).", "conflict", "Concurrent change",
            "the plan was changed at the same moment by another request; nothing was stored, try again", List.of()),
    PAYLOAD_TOO_LARGE(413, "PayloadTooLarge", "The body is larger than the limit (1 MB of JSON; a file import has "
            + "its own limit); nothing was read.", "payload-too-large", "Too large", "body: is larger than 1048576 bytes",
            List.of(new FieldError("body", "is larger than 1048576 bytes"))),
    UNSUPPORTED_MEDIA_TYPE(415, "UnsupportedMediaType", "The body is not in a format this endpoint reads "
            + "(`Content-Type`).", "unsupported-media-type", "Unsupported media type",
            "send the body as application/json", List.of(new FieldError("Content-Type", "must be application/json"))),
    RULE_VIOLATED(422, "RuleViolated", "The request is well-formed but breaks a rule (the operation says which); "
            + "nothing was stored. `errors` names each field at fault and the rule.", "rule-violated",
            "The request breaks a rule", "statement: is not specific",
            List.of(new FieldError("statement", "is not specific: name who to meet, where, and to what end"))),
    UNAVAILABLE(503, "Unavailable", "A dependency cannot be reached right now (the service behind the path, its "
            + "database), or a projection has not reached `minVersion` in time; nothing was changed. `Retry-After` "
            + "says in how many seconds to try again.", "unavailable", "Temporarily unavailable",
            "the database cannot be reached; nothing was changed, try again later", List.of());

    /** Where the example problems' types live. */
    static final String PROBLEM_TYPES = "https://netfocus.example/problems/";

    private final int status;
    private final String componentName;
    private final String description;
    private final String problemType;
    private final String title;
    private final String detail;
    private final List<FieldError> errors;

    ErrorAnswer(int status, String componentName, String description, String problemType, String title,
                String detail, List<FieldError> errors) {
        this.status = status;
        this.componentName = componentName;
        this.description = description;
        this.problemType = problemType;
        this.title = title;
        this.detail = detail;
        this.errors = errors;
    }

    /** The HTTP status as the description's response key, e.g. "404". */
    public String code() {
        return String.valueOf(status);
    }

    int status() {
        return status;
    }

    /** The name under {@code #/components/responses}. */
    String componentName() {
        return componentName;
    }

    /** A reference to the shared response, for an operation. */
    public String reference() {
        return "#/components/responses/" + componentName;
    }

    String description() {
        return description;
    }

    String problemType() {
        return PROBLEM_TYPES + problemType;
    }

    String title() {
        return title;
    }

    String detail() {
        return detail;
    }

    List<FieldError> errors() {
        return errors;
    }

    /** The shared answer of this status, if there is one. */
    static Optional<ErrorAnswer> of(String code) {
        return Arrays.stream(values()).filter(answer -> answer.code().equals(code)).findFirst();
    }

    /** Whether the answer tells the client when to try again. */
    boolean saysWhenToRetry() {
        return this == UNAVAILABLE;
    }
}
