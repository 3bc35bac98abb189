package com.netfocus.gateway.negotiation;

import com.netfocus.gateway.apidocs.ApiDocsPaths;
import com.netfocus.gateway.devtoken.DevTokenController;
import com.netfocus.gateway.problem.FieldError;
import com.netfocus.gateway.problem.ProblemWriter;
import com.netfocus.gateway.routing.RequestSizeLimitFilter;
import com.netfocus.gateway.webapp.WebAppPaths;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

import java.util.List;
import java.util.Map;

/**
 * Refuses a request to one of the gateway's own endpoints (the dev token, the API description, the API page, the app
 * page) whose Accept header names nothing that endpoint answers in: 406 problem+json naming Accept, as the services
 * answer for theirs (service-support's AcceptHeaderCheck). Requests routed to a service are the service's to judge;
 * the files of the pages (scripts, styles) are served as what they are.
 */
@Component
public class AcceptHeaderFilter implements WebFilter, Ordered {

    /** Right after the size limit: nothing is read or authenticated for a request that cannot be answered. */
    public static final int ORDER = RequestSizeLimitFilter.ORDER + 1;

    private static final Map<String, MediaType> OWN_ENDPOINTS = Map.of(
            DevTokenController.PATH, MediaType.APPLICATION_JSON,
            ApiDocsPaths.OPENAPI_JSON, MediaType.APPLICATION_JSON,
            ApiDocsPaths.OPENAPI_YAML, MediaType.parseMediaType("application/yaml"),
            ApiDocsPaths.PAGE, MediaType.TEXT_HTML,
            WebAppPaths.APP_PAGE, MediaType.TEXT_HTML);

    private final ProblemWriter problems;

    public AcceptHeaderFilter(ProblemWriter problems) {
        this.problems = problems;
    }

    @Override
    public int getOrder() {
        return ORDER;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        MediaType answers = OWN_ENDPOINTS.get(exchange.getRequest().getPath().value());
        String accept = exchange.getRequest().getHeaders().getFirst("Accept");
        if (answers == null || accept == null || accept.isBlank() || acceptable(accept, answers)) {
            return chain.filter(exchange);
        }
        return problems.write(exchange, HttpStatus.NOT_ACCEPTABLE, "not-acceptable", "Not acceptable",
                "Accept: this endpoint answers " + answers, List.of(new FieldError("Accept",
                        "this endpoint answers " + answers + ": ask for that (or leave Accept out)")));
    }

    private static boolean acceptable(String accept, MediaType answers) {
        try {
            return MediaType.parseMediaTypes(accept).stream().anyMatch(wanted -> wanted.getQualityValue() > 0
                    && (wanted.isCompatibleWith(answers) || wanted.isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)));
        } catch (InvalidMediaTypeException unreadable) {
            return false;
        }
    }
}
