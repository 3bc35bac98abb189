package com.netfocus.support.input;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/** A JSON value of the right type that an input rule refuses; its message is the reason, its path the field. */
public class RefusedValueException extends MismatchedInputException {

    public RefusedValueException(JsonParser parser, String reason, Class<?> targetType) {
        super(parser, reason, targetType);
    }
}
