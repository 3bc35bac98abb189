package com.netfocus.gateway.problem;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

import java.io.IOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.util.concurrent.TimeoutException;

/**
 * Decides the status of a failure while handling or proxying a request. A backend that cannot be connected
 * to is 503 (down, try again), one that does not answer in time is 504, one that breaks off its answer is 502.
 */
public final class FailureClassifier {

    private FailureClassifier() {
    }

    public static GatewayFailure classify(Throwable error) {
        if (error instanceof ResponseStatusException statusError) {
            return fromStatus(HttpStatus.resolve(statusError.getStatusCode().value()));
        }
        for (Throwable cause = error; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof ConnectException || cause instanceof UnknownHostException) {
                return fromStatus(HttpStatus.SERVICE_UNAVAILABLE);
            }
            if (cause instanceof TimeoutException || isNamed(cause, "ReadTimeoutException")) {
                return fromStatus(HttpStatus.GATEWAY_TIMEOUT);
            }
            if (cause instanceof IOException) {
                return fromStatus(HttpStatus.BAD_GATEWAY);
            }
        }
        return fromStatus(HttpStatus.INTERNAL_SERVER_ERROR);
    }

    static GatewayFailure fromStatus(HttpStatus status) {
        if (status == null) {
            return new GatewayFailure(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error", "Internal error");
        }
        return switch (status) {
            case NOT_FOUND -> new GatewayFailure(status, "not-found", "Not found");
            case SERVICE_UNAVAILABLE -> new GatewayFailure(status, "backend-unavailable", "Service unavailable");
            case GATEWAY_TIMEOUT -> new GatewayFailure(status, "backend-timeout", "Service did not answer in time");
            case BAD_GATEWAY -> new GatewayFailure(status, "bad-gateway", "Service answered badly");
            case PAYLOAD_TOO_LARGE -> new GatewayFailure(status, "payload-too-large", "Request body too large");
            case INTERNAL_SERVER_ERROR -> new GatewayFailure(status, "internal-error", "Internal error");
            default -> new GatewayFailure(status, slug(status), status.getReasonPhrase());
        };
    }

    private static String slug(HttpStatus status) {
        return status.getReasonPhrase().toLowerCase().replaceAll("[^a-z0-9]+", "-");
    }

    // Netty's read timeout is not a java.util.concurrent.TimeoutException; match it by name to avoid a hard
    // dependency on Netty's exception hierarchy.
    private static boolean isNamed(Throwable error, String simpleName) {
        return error.getClass().getSimpleName().equals(simpleName);
    }
}
