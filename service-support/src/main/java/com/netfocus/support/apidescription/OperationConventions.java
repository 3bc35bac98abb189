package com.netfocus.support.apidescription;

import com.netfocus.contracts.caller.Roles;
import com.netfocus.support.access.RequiresRole;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import org.springdoc.core.customizers.GlobalOperationCustomizer;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.method.HandlerMethod;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the API description says of every operation without the controller saying it, read from the handler method:
 * the bearer requirement and the roles ({@link RequiresRole}, otherwise any role of the org), the error answers the
 * operation can give (401, 406 and 503 always; 400 with input; 404 with a path variable; 413 and 415 with a body; 403 with
 * a required role), a problem+json body for every error the controller declares itself, the correlation header,
 * what the parameters every service shares mean, and an operation id when the controller gives none. A new endpoint
 * is described by these rules as soon as it is mapped; its controller adds what only it knows (summary, examples,
 * the rules behind a 422).
 */
class OperationConventions implements GlobalOperationCustomizer {

    /** The roles that may call an operation, as an extension of the operation. */
    static final String ROLES_EXTENSION = "x-netfocus-roles";
    private static final List<String> ANY_ROLE = List.of(Roles.REP, Roles.MANAGER, Roles.ADMIN);
    private static final String ROLES_LINE = "Roles: ";
    private static final String CONTROLLER = "Controller";

    private final KnownParameters knownParameters = new KnownParameters();
    private final List<OperationSpecifics> specifics;

    OperationConventions(List<OperationSpecifics> specifics) {
        this.specifics = List.copyOf(specifics);
    }

    @Override
    public Operation customize(Operation operation, HandlerMethod handler) {
        List<String> roles = requiredRole(handler).map(List::of).orElse(ANY_ROLE);
        operation.setSecurity(List.of(new SecurityRequirement().addList(ApiComponents.BEARER)));
        operation.addExtension(ROLES_EXTENSION, roles);
        Optional<String> whoMayCall = specifics.stream().map(known -> known.whoMayCall(handler, operation))
                .flatMap(Optional::stream).findFirst();
        operation.setDescription(withRoles(operation.getDescription(), roles, whoMayCall));
        if (declaredOperationId(handler).isEmpty()) {
            operation.setOperationId(handler.getMethod().getName() + stem(handler.getBeanType().getSimpleName()));
        }
        List<Parameter> parameters = operation.getParameters() == null ? new ArrayList<>()
                : new ArrayList<>(operation.getParameters());
        parameters.forEach(knownParameters::describe);
        if (parameters.stream().noneMatch(parameter -> ApiComponents.CORRELATION_ID.equals(parameter.getName())
                || referencesCorrelationId(parameter))) {
            parameters.add(new Parameter().$ref("#/components/parameters/" + ApiComponents.CORRELATION_ID_PARAMETER));
        }
        operation.setParameters(parameters);
        ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        operation.setResponses(responses);
        responses.forEach((code, response) -> describeAnswer(code, response));
        List<ErrorAnswer> answers = new ArrayList<>(answersOf(operation, roles));
        specifics.forEach(known -> answers.addAll(known.furtherAnswers(handler, operation)));
        for (ErrorAnswer answer : answers) {
            if (!responses.containsKey(answer.code())) {
                responses.addApiResponse(answer.code(), new ApiResponse().$ref(answer.reference()));
            }
        }
        return operation;
    }

    /** The error answers an operation of this shape can give. */
    static List<ErrorAnswer> answersOf(Operation operation, List<String> roles) {
        boolean body = operation.getRequestBody() != null;
        List<Parameter> parameters = operation.getParameters() == null ? List.of() : operation.getParameters();
        boolean input = body || parameters.stream().anyMatch(parameter -> "query".equals(parameter.getIn())
                || "path".equals(parameter.getIn()));
        boolean pathVariable = parameters.stream().anyMatch(parameter -> "path".equals(parameter.getIn()));
        List<ErrorAnswer> answers = new ArrayList<>();
        if (input) {
            answers.add(ErrorAnswer.BAD_REQUEST);
        }
        answers.add(ErrorAnswer.UNAUTHENTICATED);
        answers.add(ErrorAnswer.NOT_ACCEPTABLE);
        if (!roles.containsAll(ANY_ROLE)) {
            answers.add(ErrorAnswer.FORBIDDEN);
        }
        if (pathVariable) {
            answers.add(ErrorAnswer.NOT_FOUND);
        }
        if (body) {
            answers.add(ErrorAnswer.PAYLOAD_TOO_LARGE);
            answers.add(ErrorAnswer.UNSUPPORTED_MEDIA_TYPE);
        }
        answers.add(ErrorAnswer.UNAVAILABLE);
        return answers;
    }

    /**
     * An error the controller declares itself (its own description of a 422, say) still answers problem+json with the
     * shared example of its status; a success keeps what the controller says, with the correlation header.
     */
    private static void describeAnswer(String code, ApiResponse response) {
        if (response.get$ref() != null) {
            return;
        }
        if (code.startsWith("4") || code.startsWith("5")) {
            Optional<ErrorAnswer> shared = ErrorAnswer.of(code);
            response.setContent(ApiComponents.problemContent(shared.map(ApiComponents::example).orElse(null)));
            if (response.getDescription() == null || response.getDescription().isBlank()) {
                shared.ifPresent(answer -> response.setDescription(answer.description()));
            }
        }
        if (response.getHeaders() == null || !response.getHeaders().containsKey(ApiComponents.CORRELATION_ID)) {
            response.addHeaderObject(ApiComponents.CORRELATION_ID,
                    new Header().$ref(ApiComponents.headerReference(ApiComponents.CORRELATION_ID_HEADER)));
        }
    }

    private static boolean referencesCorrelationId(Parameter parameter) {
        return parameter.get$ref() != null && parameter.get$ref().endsWith("/" + ApiComponents.CORRELATION_ID_PARAMETER);
    }

    private static Optional<String> requiredRole(HandlerMethod handler) {
        return Optional.ofNullable(handler.getMethodAnnotation(RequiresRole.class)).map(RequiresRole::value);
    }

    private static Optional<String> declaredOperationId(HandlerMethod handler) {
        io.swagger.v3.oas.annotations.Operation declared = AnnotatedElementUtils.findMergedAnnotation(
                handler.getMethod(), io.swagger.v3.oas.annotations.Operation.class);
        return declared == null || declared.operationId().isBlank() ? Optional.empty()
                : Optional.of(declared.operationId());
    }

    /**
     * The roles as the last line of the description, in the words of the service's specifics where they have some, unless
     * the controller wrote its own line about them.
     */
    private static String withRoles(String description, List<String> roles, Optional<String> whoMayCall) {
        String text = description == null ? "" : description.strip();
        if (text.contains(ROLES_LINE)) {
            return text;
        }
        String line = ROLES_LINE + whoMayCall.orElse((roles.containsAll(ANY_ROLE) ? "REP, MANAGER or ADMIN"
                : String.join(" or ", roles)) + ".");
        return text.isEmpty() ? line : text + "\n\n" + line;
    }

    /** PlanController: "Plan", so that its method create is the operation createPlan. */
    private static String stem(String controllerName) {
        return controllerName.endsWith(CONTROLLER)
                ? controllerName.substring(0, controllerName.length() - CONTROLLER.length()) : controllerName;
    }
}
