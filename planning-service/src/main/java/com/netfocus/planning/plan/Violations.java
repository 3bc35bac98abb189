package com.netfocus.planning.plan;

import com.netfocus.support.problem.FieldError;
import com.netfocus.support.problem.RejectedInputException;

import java.util.ArrayList;
import java.util.List;

/** Collects every broken rule of a command, so that the caller learns all of them at once. */
public final class Violations {

    private final List<FieldError> errors = new ArrayList<>();

    public Violations check(boolean ok, String field, String reason) {
        if (!ok) {
            errors.add(new FieldError(field, reason));
        }
        return this;
    }

    public Violations addAll(List<FieldError> more) {
        errors.addAll(more);
        return this;
    }

    public List<FieldError> errors() {
        return List.copyOf(errors);
    }

    public boolean isEmpty() {
        return errors.isEmpty();
    }

    public void throwIfAny() {
        if (!errors.isEmpty()) {
            throw new RejectedInputException(errors);
        }
    }

    public static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
