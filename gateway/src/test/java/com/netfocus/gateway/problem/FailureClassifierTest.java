package com.netfocus.gateway.problem;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

import java.io.IOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.util.concurrent.TimeoutException;

import static org.assertj.core.api.Assertions.assertThat;

class FailureClassifierTest {

    @Test
    void connection_failures_mean_the_backend_is_down() {
        assertThat(status(new ConnectException("Connection refused"))).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
        assertThat(status(new RuntimeException(new UnknownHostException("planning"))))
                .isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
    }

    @Test
    void timeouts_are_504_and_broken_answers_502() {
        assertThat(status(new TimeoutException())).isEqualTo(HttpStatus.GATEWAY_TIMEOUT);
        assertThat(status(new ResponseStatusException(HttpStatus.GATEWAY_TIMEOUT))).isEqualTo(HttpStatus.GATEWAY_TIMEOUT);
        assertThat(status(new IOException("Connection prematurely closed"))).isEqualTo(HttpStatus.BAD_GATEWAY);
    }

    @Test
    void status_exceptions_keep_their_status_and_anything_else_is_500() {
        assertThat(FailureClassifier.classify(new ResponseStatusException(HttpStatus.NOT_FOUND)).type())
                .isEqualTo("not-found");
        assertThat(FailureClassifier.classify(new ResponseStatusException(HttpStatus.METHOD_NOT_ALLOWED)).type())
                .isEqualTo("method-not-allowed");
        assertThat(status(new IllegalStateException("bug"))).isEqualTo(HttpStatus.INTERNAL_SERVER_ERROR);
    }

    private static HttpStatus status(Throwable error) {
        return FailureClassifier.classify(error).status();
    }
}
