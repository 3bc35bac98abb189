package com.netfocus.support.problem;

import io.swagger.v3.oas.annotations.media.Schema;

/** One reason a request was refused: the field (a JSON path such as {@code contactsMet[0].email}) and why. */
@Schema(requiredProperties = {"field", "reason"})
public record FieldError(
        @Schema(description = "The field at fault: a JSON path into the body (contactsMet[0].email), a query "
                + "parameter, a path variable or a header", example = "title") String field,
        @Schema(description = "Why it was refused, and so how to fix it", example = "must not be blank") String reason) {
}
