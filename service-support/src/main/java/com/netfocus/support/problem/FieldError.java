package com.netfocus.support.problem;

/** One reason a request was refused: the field (a JSON path such as {@code contactsMet[0].email}) and why. */
public record FieldError(String field, String reason) {
}
