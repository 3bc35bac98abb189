package com.netfocus.support.input;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.springframework.beans.factory.annotation.Autowired;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Optional;

/** Checks {@link InputText}: each refused text is a violation on its component, with the rule's reason. */
public class InputTextValidator implements ConstraintValidator<InputText, Record> {

    private final InputProperties properties;

    /** Outside Spring (a bare Bean Validation factory) the field kinds are unknown and nothing is checked here. */
    public InputTextValidator() {
        this(null);
    }

    @Autowired
    public InputTextValidator(InputProperties properties) {
        this.properties = properties;
    }

    @Override
    public boolean isValid(Record value, ConstraintValidatorContext context) {
        if (value == null || properties == null) {
            return true;
        }
        boolean valid = true;
        context.disableDefaultConstraintViolation();
        for (RecordComponent component : value.getClass().getRecordComponents()) {
            Object text = read(component, value);
            List<?> texts = text instanceof List<?> list ? list : text instanceof String one ? List.of(one) : List.of();
            for (Object each : texts) {
                Optional<String> refusal = each instanceof String string
                        ? properties.kindOf(component.getName()).refusal(string) : Optional.empty();
                if (refusal.isPresent()) {
                    valid = false;
                    context.buildConstraintViolationWithTemplate(refusal.get().replace("{", "\\{"))
                            .addPropertyNode(component.getName()).addConstraintViolation();
                    break;
                }
            }
        }
        return valid;
    }

    private static Object read(RecordComponent component, Record value) {
        try {
            component.getAccessor().trySetAccessible();
            return component.getAccessor().invoke(value);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + component, e);
        }
    }
}
