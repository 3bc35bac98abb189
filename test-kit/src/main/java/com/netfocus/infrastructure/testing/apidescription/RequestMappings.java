package com.netfocus.infrastructure.testing.apidescription;

import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The API endpoints a servlet service serves, read from its RequestMappingHandlerMapping. */
public final class RequestMappings {

    private RequestMappings() {
    }

    /** Every API endpoint of these request mappings, one for each handler method, path and HTTP method. */
    public static List<ServedEndpoint> servedBy(RequestMappingHandlerMapping mappings) {
        List<ServedEndpoint> served = new ArrayList<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> mapping : mappings.getHandlerMethods().entrySet()) {
            String handler = mapping.getValue().getBeanType().getSimpleName() + "#"
                    + mapping.getValue().getMethod().getName();
            for (String pattern : mapping.getKey().getPatternValues()) {
                if (pattern.startsWith(ServedEndpoint.API)) {
                    var methods = mapping.getKey().getMethodsCondition().getMethods();
                    if (methods.isEmpty()) {
                        served.add(new ServedEndpoint(ServedEndpoint.ANY_METHOD, pattern, handler));
                    }
                    methods.forEach(method -> served.add(new ServedEndpoint(method.name(), pattern, handler)));
                }
            }
        }
        return served;
    }
}
