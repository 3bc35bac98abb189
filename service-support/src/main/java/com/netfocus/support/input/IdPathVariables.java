package com.netfocus.support.input;

import com.netfocus.support.caller.VerifiedCallerFilter;
import com.netfocus.support.problem.FieldError;
import com.netfocus.support.problem.InvalidInputException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Path variables follow the same text rules as body fields ({@link TextKind}): an id in the path that is not a UUID,
 * or a variable holding control characters or emoji, is a 400 naming the variable before any lookup.
 */
public class IdPathVariables implements HandlerInterceptor {

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        @SuppressWarnings("unchecked")
        Map<String, String> variables = (Map<String, String>) request.getAttribute(
                HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        // without a verified caller the request is answered 401 first, whatever its path holds
        if (variables == null || request.getAttribute(VerifiedCallerFilter.VERIFIED_CALLER) == null) {
            return true;
        }
        List<FieldError> errors = new ArrayList<>();
        variables.forEach((name, value) -> (TextKind.isIdField(name) ? TextKind.ID : TextKind.CODE).refusal(value)
                .ifPresent(reason -> errors.add(new FieldError(name, reason))));
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return true;
    }
}
