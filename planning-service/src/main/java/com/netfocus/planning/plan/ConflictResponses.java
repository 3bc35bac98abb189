package com.netfocus.planning.plan;

import com.netfocus.planning.checks.PlanClosedException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import com.netfocus.support.problem.FieldError;

import java.net.URI;
import java.util.List;

/**
 * The plan's two conflicts, 409 problem+json: two commands raced for the same plan and the store's unique (plan,
 * sequence) index refused the later one (nothing of it was stored, and the client may simply retry); or a change was
 * sent to a closed plan (nothing was stored, and retrying will not help).
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ConflictResponses {

    @ExceptionHandler(ConcurrencyException.class)
    ResponseEntity<ProblemDetail> conflict(ConcurrencyException e) {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                "the plan was changed at the same moment by another request; nothing was stored, try again");
        body.setType(URI.create("https://netfocus.example/problems/conflict"));
        body.setTitle("Concurrent change");
        return ResponseEntity.status(HttpStatus.CONFLICT).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body);
    }

    @ExceptionHandler(PlanClosedException.class)
    ResponseEntity<ProblemDetail> closed(PlanClosedException e) {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        body.setType(URI.create("https://netfocus.example/problems/plan-closed"));
        body.setTitle("Plan closed");
        body.setProperty("errors", List.of(new FieldError("planId", "the plan is closed: it stays readable with its "
                + "history, but takes no more changes")));
        return ResponseEntity.status(HttpStatus.CONFLICT).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body);
    }
}
