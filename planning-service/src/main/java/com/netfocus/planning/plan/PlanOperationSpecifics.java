package com.netfocus.planning.plan;

import com.netfocus.support.apidescription.ErrorAnswer;
import com.netfocus.support.apidescription.OperationSpecifics;
import io.swagger.v3.oas.models.Operation;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * What the API description says of every operation on a plan, as the plan's access and the aggregate decide it: a
 * plan is read by its owner, a manager of its team and the org's admins and changed by its owner only (anyone else of
 * the org: 403); a command goes to the aggregate, which refuses one that breaks a rule (422) or lost a race for the
 * plan (409).
 */
@Component
class PlanOperationSpecifics implements OperationSpecifics {

    private static final String PLAN_ID = "planId";

    @Override
    public Optional<String> whoMayCall(HandlerMethod handler, Operation operation) {
        if (!onAPlan(operation)) {
            return Optional.empty();
        }
        return Optional.of(isRead(handler)
                ? "the plan's owner, a MANAGER of its team or an ADMIN of its org (anyone else of the org: 403)."
                : "only the plan's owner changes it (anyone else of the org: 403).");
    }

    @Override
    public List<ErrorAnswer> furtherAnswers(HandlerMethod handler, Operation operation) {
        List<ErrorAnswer> answers = new ArrayList<>();
        if (onAPlan(operation)) {
            answers.add(ErrorAnswer.FORBIDDEN);
            if (!isRead(handler)) {
                answers.add(ErrorAnswer.CONFLICT);
                answers.add(ErrorAnswer.RULE_VIOLATED);
            }
        }
        return answers;
    }

    private static boolean onAPlan(Operation operation) {
        return operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(parameter -> "path".equals(parameter.getIn()) && PLAN_ID.equals(parameter.getName()));
    }

    private static boolean isRead(HandlerMethod handler) {
        RequestMapping mapping = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), RequestMapping.class);
        return mapping != null && Arrays.asList(mapping.method()).contains(RequestMethod.GET);
    }
}
