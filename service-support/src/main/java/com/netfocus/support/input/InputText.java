package com.netfocus.support.input;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The text rules of JSON bodies ({@link TextKind} by field name, from {@code netfocus.input}) for a request record that
 * also arrives by other ways than JSON, e.g. as a row of an imported file: every text component, and every text of a
 * list component, must pass the rule of its field's kind.
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = InputTextValidator.class)
public @interface InputText {

    String message() default "breaks the input rules";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
