package com.netfocus.support.problem;

import java.util.List;

/**
 * A request would record again what is already recorded (a second attendance at the same platform): answered 409
 * problem+json naming the field and, in the reason, what is already there; nothing was changed.
 */
public class ConflictingInputException extends RejectedInputException {

    public ConflictingInputException(List<FieldError> errors) {
        super(errors);
    }
}
