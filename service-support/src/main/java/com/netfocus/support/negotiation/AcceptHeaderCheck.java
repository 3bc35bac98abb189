package com.netfocus.support.negotiation;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

import java.util.List;
import java.util.Set;

/**
 * Refuses, before a handler runs, a request whose {@code Accept} header names nothing the endpoint answers in: 406
 * problem+json naming the header (ProblemResponses), and nothing done. An endpoint that declares what it produces is
 * held to that by Spring's own mapping; every other endpoint answers JSON. Without this check the command would run
 * and only writing its answer would fail, after the change was stored.
 */
public final class AcceptHeaderCheck implements HandlerInterceptor {

    /** What an endpoint without a {@code produces} declaration answers: JSON, and problem+json when refusing. */
    public static final List<MediaType> JSON_ANSWERS = List.of(MediaType.APPLICATION_JSON,
            MediaType.APPLICATION_PROBLEM_JSON);

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws HttpMediaTypeNotAcceptableException {
        if (!(handler instanceof HandlerMethod) || declaresProduces(request)) {
            return true;
        }
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        if (accept == null || accept.isBlank()) {
            return true;
        }
        List<MediaType> wanted;
        try {
            wanted = MediaType.parseMediaTypes(accept);
        } catch (InvalidMediaTypeException unreadable) {
            throw new HttpMediaTypeNotAcceptableException(JSON_ANSWERS);
        }
        boolean answerable = wanted.stream().anyMatch(type -> type.getQualityValue() > 0
                && JSON_ANSWERS.stream().anyMatch(type::isCompatibleWith));
        if (!answerable) {
            throw new HttpMediaTypeNotAcceptableException(JSON_ANSWERS);
        }
        return true;
    }

    private static boolean declaresProduces(HttpServletRequest request) {
        Object producible = request.getAttribute(HandlerMapping.PRODUCIBLE_MEDIA_TYPES_ATTRIBUTE);
        return producible instanceof Set<?> types && !types.isEmpty();
    }
}
