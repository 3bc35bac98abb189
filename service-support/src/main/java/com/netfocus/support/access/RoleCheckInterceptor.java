package com.netfocus.support.access;

import com.netfocus.contracts.caller.Caller;
import com.netfocus.support.caller.VerifiedCallerFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/** Enforces {@link RequiresRole} on controller methods. */
public class RoleCheckInterceptor implements HandlerInterceptor {

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (handler instanceof HandlerMethod method) {
            RequiresRole required = method.getMethodAnnotation(RequiresRole.class);
            if (required != null) {
                Caller caller = VerifiedCallerFilter.callerOf(request);
                if (!caller.hasRole(required.value())) {
                    throw new ForbiddenException("this operation needs the role " + required.value());
                }
            }
        }
        return true;
    }
}
