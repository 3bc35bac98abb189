package com.netfocus.support.problem;

import java.util.List;

/** Input that is not well-formed for its field (not a rule of the domain): answered 400 naming each field. */
public class InvalidInputException extends RuntimeException {

    private final List<FieldError> errors;

    public InvalidInputException(List<FieldError> errors) {
        super(new RejectedInputException(errors).getMessage());
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }
}
