package com.netfocus.support.problem;

import java.util.List;

/**
 * A request, or a command it carried, breaks a rule. Thrown by validation and by aggregates alike;
 * answered as 422 problem+json listing every field at fault. Nothing was changed.
 */
public class RejectedInputException extends RuntimeException {

    private final List<FieldError> errors;

    public RejectedInputException(List<FieldError> errors) {
        super(describe(errors));
        this.errors = List.copyOf(errors);
    }

    public RejectedInputException(String field, String reason) {
        this(List.of(new FieldError(field, reason)));
    }

    public List<FieldError> errors() {
        return errors;
    }

    private static String describe(List<FieldError> errors) {
        StringBuilder text = new StringBuilder();
        for (FieldError error : errors) {
            if (!text.isEmpty()) {
                text.append("; ");
            }
            text.append(error.field()).append(": ").append(error.reason());
        }
        return text.toString();
    }
}
