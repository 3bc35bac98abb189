package com.netfocus.gateway.problem;

import org.springframework.http.HttpStatus;

/** How the gateway answers a failure: status and the problem's type and title. */
public record GatewayFailure(HttpStatus status, String type, String title) {

    public boolean isBackendUnavailable() {
        return status == HttpStatus.SERVICE_UNAVAILABLE;
    }
}
