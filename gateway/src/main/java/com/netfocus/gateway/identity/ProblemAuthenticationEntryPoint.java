package com.netfocus.gateway.identity;

import com.netfocus.gateway.problem.ProblemWriter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** 401 as problem+json, with the WWW-Authenticate challenge RFC 6750 asks for. */
@Component
public class ProblemAuthenticationEntryPoint implements ServerAuthenticationEntryPoint {

    private final ProblemWriter problems;

    public ProblemAuthenticationEntryPoint(ProblemWriter problems) {
        this.problems = problems;
    }

    @Override
    public Mono<Void> commence(ServerWebExchange exchange, AuthenticationException failure) {
        boolean invalidToken = failure instanceof InvalidBearerTokenException
                || exchange.getRequest().getHeaders().containsKey(HttpHeaders.AUTHORIZATION);
        // the reason stays in the body only; the header gets no free text a client could have shaped
        exchange.getResponse().getHeaders().set(HttpHeaders.WWW_AUTHENTICATE,
                invalidToken ? "Bearer error=\"invalid_token\"" : "Bearer");
        String detail = invalidToken
                ? "the bearer token was refused: " + TokenRefusal.describe(failure)
                : "send Authorization: Bearer <token>";
        return problems.write(exchange, HttpStatus.UNAUTHORIZED, "unauthenticated", "Authentication required",
                detail);
    }
}
