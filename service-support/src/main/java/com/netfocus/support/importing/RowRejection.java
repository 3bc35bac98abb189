package com.netfocus.support.importing;

import com.netfocus.support.problem.FieldError;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.ConstraintViolation;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/** A row left out of an import: the line it starts on, the field at fault and why. */
public record RowRejection(@Schema(description = "The line the row starts on", example = "3") long line,
                           @Schema(description = "The column at fault", example = "email") String field,
                           @Schema(example = "is not an e-mail address") String reason) {

    /** The order an import reports its rejections in: by line, then field. */
    public static final Comparator<RowRejection> BY_LINE =
            Comparator.comparingLong(RowRejection::line).thenComparing(RowRejection::field);

    /** The Bean Validation violations of one row, ordered by field. */
    public static List<RowRejection> of(long line, Collection<? extends ConstraintViolation<?>> violations) {
        return violations.stream()
                .map(violation -> new RowRejection(line, violation.getPropertyPath().toString(), violation.getMessage()))
                .sorted(BY_LINE)
                .toList();
    }

    /** Field errors (unreadable values, broken rules) of one row. */
    public static List<RowRejection> ofErrors(long line, Collection<FieldError> errors) {
        return errors.stream().map(error -> new RowRejection(line, error.field(), error.reason())).toList();
    }
}
