package com.netfocus.support.apidescription;

import io.swagger.v3.oas.models.Operation;
import org.springframework.web.method.HandlerMethod;

import java.util.List;
import java.util.Optional;

/**
 * What a service knows of its operations beyond {@link OperationConventions}: a bean of this type is asked for every
 * operation (the planning service's: an operation on a plan may answer 403 to whoever is not its owner, and a
 * command 409 and 422). What all the service's beans say applies; none is needed.
 */
public interface OperationSpecifics {

    /** Who may call the operation, in words, when the roles alone do not say it (e.g. "the plan's owner"). */
    default Optional<String> whoMayCall(HandlerMethod handler, Operation operation) {
        return Optional.empty();
    }

    /** Further error answers the operation can give. */
    default List<ErrorAnswer> furtherAnswers(HandlerMethod handler, Operation operation) {
        return List.of();
    }
}
