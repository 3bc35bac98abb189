package com.netfocus.gateway.identity;

import com.netfocus.gateway.problem.ProblemWriter;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** 403 as problem+json. */
@Component
public class ProblemAccessDeniedHandler implements ServerAccessDeniedHandler {

    private final ProblemWriter problems;

    public ProblemAccessDeniedHandler(ProblemWriter problems) {
        this.problems = problems;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, AccessDeniedException denied) {
        return problems.write(exchange, HttpStatus.FORBIDDEN, "forbidden", "Forbidden",
                "your roles do not allow " + exchange.getRequest().getMethod() + " "
                        + exchange.getRequest().getPath().value());
    }
}
