package com.netfocus.support.apidescription;

import com.netfocus.support.caller.VerifiedCallerFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springdoc.webmvc.api.OpenApiResource;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * A service's own API description ({@code /v3/api-docs} on its main port) is read by the gateway only, which merges
 * the services' descriptions into the one it serves: a request without an identity sealed by the gateway (which
 * holds the shared secret) is refused with 401 problem+json, as every API call without a verified caller is.
 * Clients read the merged description from the gateway; the gateway routes no {@code /v3/} path.
 */
class ApiDescriptionAccess implements HandlerInterceptor {

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (handler instanceof HandlerMethod method && OpenApiResource.class.isAssignableFrom(method.getBeanType())) {
            VerifiedCallerFilter.callerOf(request);
        }
        return true;
    }
}
