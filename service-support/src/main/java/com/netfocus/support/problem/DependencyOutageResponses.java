package com.netfocus.support.problem;

import com.mongodb.MongoSocketException;
import com.mongodb.MongoTimeoutException;
import com.netfocus.support.dependencies.DependencySettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import java.util.List;

/**
 * MongoDB unreachable (no server selected in time, a connection dropped, Spring's resource failure around
 * either): 503 problem+json with {@code Retry-After}, not 500. Nothing was changed that the client must undo: a
 * command that did not reach the store left no event. Ahead of {@link ProblemResponses}, whose catch-all would
 * otherwise answer first; Spring also finds these types as the cause of a wrapping exception (Axon's).
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
public class DependencyOutageResponses {

    private static final Logger log = LoggerFactory.getLogger(DependencyOutageResponses.class);

    private final DependencySettings settings;

    public DependencyOutageResponses(DependencySettings settings) {
        this.settings = settings;
    }

    @ExceptionHandler({MongoTimeoutException.class, MongoSocketException.class,
            DataAccessResourceFailureException.class})
    ResponseEntity<ProblemDetail> databaseAway(Exception e) {
        log.warn("MongoDB is unreachable; answering 503: {}", e.toString());
        ResponseEntity<ProblemDetail> response = ProblemResponses.problem(HttpStatus.SERVICE_UNAVAILABLE,
                "unavailable", "Temporarily unavailable",
                "the database cannot be reached; nothing was changed, try again later", List.of());
        return ResponseEntity.status(response.getStatusCode()).headers(response.getHeaders())
                .header("Retry-After", String.valueOf(settings.retryAfterSeconds())).body(response.getBody());
    }
}
