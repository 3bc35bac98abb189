package com.netfocus.support.apidescription;

import com.netfocus.support.problem.FieldError;
import io.swagger.v3.oas.annotations.media.Schema;

import java.net.URI;
import java.util.List;

/**
 * The shape of every error answer, for the API description: the problem responses write it as Spring's
 * {@code ProblemDetail} with the properties {@code errors} and {@code correlationId}.
 */
@Schema(name = "Problem", description = "An RFC 9457 problem (application/problem+json): every error of the API has "
        + "this shape.", requiredProperties = {"type", "title", "status"})
record Problem(
        @Schema(description = "A URI naming the kind of problem",
                example = "https://netfocus.example/problems/invalid-request") URI type,
        @Schema(description = "Short summary of the kind of problem", example = "The request is not valid") String title,
        @Schema(description = "The HTTP status", example = "400") int status,
        @Schema(description = "What went wrong with this request", example = "title: must not be blank") String detail,
        @Schema(description = "The request path", example = "/api/v1/plans") String instance,
        @Schema(description = "The fields at fault, each with its reason (bad input and broken rules)") List<FieldError> errors,
        @Schema(description = "The request's correlation id (also in the X-Correlation-Id header); quote it when "
                + "reporting a problem", example = "0f8e2b6a-3c1d-4e5f-9a7b-8c6d4e2f0a1b") String correlationId) {
}
