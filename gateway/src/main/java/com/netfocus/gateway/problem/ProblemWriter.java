package com.netfocus.gateway.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.netfocus.gateway.correlation.CorrelationIds;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Writes the RFC 9457 problem+json bodies of the errors the gateway itself produces, in the same shape as
 * the services' ones (type under one base URI, title, status, detail, optional errors, correlationId).
 */
@Component
public class ProblemWriter {

    public static final String TYPE_BASE = "https://netfocus.example/problems/";

    private final ObjectMapper mapper;

    public ProblemWriter(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public Mono<Void> write(ServerWebExchange exchange, HttpStatus status, String type, String title, String detail) {
        return write(exchange, status, type, title, detail, List.of());
    }

    public Mono<Void> write(ServerWebExchange exchange, HttpStatus status, String type, String title, String detail,
                            List<FieldError> errors) {
        ServerHttpResponse response = exchange.getResponse();
        if (response.isCommitted()) {
            return Mono.empty();
        }
        response.setStatusCode(status);
        response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        byte[] body = serialize(body(exchange, status, type, title, detail, errors));
        DataBuffer buffer = response.bufferFactory().wrap(body);
        response.getHeaders().setContentLength(body.length);
        return response.writeWith(Mono.just(buffer));
    }

    /** A controller's 400 naming each field at fault and why, in the services' shape ({@code invalid-request}). */
    public ResponseEntity<Map<String, Object>> badRequest(ServerWebExchange exchange, List<FieldError> errors) {
        String detail = errors.stream().map(error -> error.field() + " " + error.reason())
                .collect(Collectors.joining("; "));
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body(exchange,
                HttpStatus.BAD_REQUEST, "invalid-request", "The request is not valid", detail, errors));
    }

    /** The problem as a map, for callers that answer through a controller. */
    public Map<String, Object> body(ServerWebExchange exchange, HttpStatus status, String type, String title,
                                    String detail, List<FieldError> errors) {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", TYPE_BASE + type);
        problem.put("title", title);
        problem.put("status", status.value());
        problem.put("detail", detail);
        problem.put("instance", exchange.getRequest().getPath().value());
        if (!errors.isEmpty()) {
            problem.put("errors", errors);
        }
        String correlationId = exchange.getAttribute(CorrelationIds.ATTRIBUTE);
        if (correlationId != null) {
            problem.put("correlationId", correlationId);
        }
        return problem;
    }

    private byte[] serialize(Map<String, Object> problem) {
        try {
            return mapper.writeValueAsBytes(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a problem body of plain strings and numbers must serialize", e);
        }
    }
}
