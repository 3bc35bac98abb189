package com.netfocus.gateway.devtoken;

import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.netfocus.gateway.problem.FieldError;
import com.netfocus.gateway.problem.ProblemWriter;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.context.annotation.Profile;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.ServerWebInputException;

import java.util.List;

/** POST /api/v1/dev/token: a signed token for whoever the developer names. Exists in the local profile only. */
@RestController
@Profile("local")
@Tag(name = "Local development", description = "Answered by the gateway itself, in the local profile only.")
public class DevTokenController {

    public static final String PATH = "/api/v1/dev/token";

    private final DevTokenIssuer issuer;
    private final ProblemWriter problems;

    public DevTokenController(DevTokenIssuer issuer, ProblemWriter problems) {
        this.issuer = issuer;
        this.problems = problems;
    }

    @PostMapping(path = PATH, consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "issueDevToken", summary = "Get a token for local development",
            description = "Exists only when the gateway runs with the `local` profile (404 elsewhere). Signs an HS256 "
                    + "token for whoever the developer names; no authentication needed. On the API page: send this, "
                    + "copy `token`, press \"Authorize\" and paste it.")
    @SecurityRequirements
    @ApiResponse(responseCode = "200", description = "The token",
            content = @Content(schema = @Schema(implementation = DevToken.class)))
    @ApiResponse(responseCode = "400", ref = "#/components/responses/BadRequest")
    @ApiResponse(responseCode = "415", ref = "#/components/responses/UnsupportedMediaType")
    ResponseEntity<?> issue(@RequestBody DevTokenRequest request, ServerWebExchange exchange) {
        List<FieldError> errors = request.problems();
        if (!errors.isEmpty()) {
            return badRequest(exchange, errors);
        }
        return ResponseEntity.ok(issuer.issue(request));
    }

    @ExceptionHandler(ServerWebInputException.class)
    ResponseEntity<?> unreadable(ServerWebInputException e, ServerWebExchange exchange) {
        return badRequest(exchange, List.of(new FieldError(fieldOf(e), "is missing, of the wrong type or unknown")));
    }

    private ResponseEntity<?> badRequest(ServerWebExchange exchange, List<FieldError> errors) {
        return problems.badRequest(exchange, errors);
    }

    /** The JSON path of the field at fault, written as the services write it ({@code roles[0]}), else "body". */
    private static String fieldOf(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
                StringBuilder path = new StringBuilder();
                for (JsonMappingException.Reference reference : mapping.getPath()) {
                    if (reference.getFieldName() != null) {
                        path.append(path.isEmpty() ? "" : ".").append(reference.getFieldName());
                    } else {
                        path.append('[').append(reference.getIndex()).append(']');
                    }
                }
                return path.toString();
            }
            // a field given twice: the parser stops at its second occurrence
            if (cause instanceof StreamReadException broken && !(cause instanceof JsonEOFException)
                    && broken.getProcessor() != null && broken.getProcessor().getParsingContext() != null
                    && broken.getProcessor().getParsingContext().getCurrentName() != null) {
                return broken.getProcessor().getParsingContext().getCurrentName();
            }
        }
        return "body";
    }
}
