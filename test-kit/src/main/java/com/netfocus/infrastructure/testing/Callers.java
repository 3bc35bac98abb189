package com.netfocus.infrastructure.testing;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

/**
 * Request headers as the gateway sets them for a verified caller, for tests that call a service directly; the test REST
 * client seals them for each request ({@link TestRequestSealing}).
 */
public final class Callers {

    private Callers() {
    }

    public static HttpHeaders headers(String user, String org, String roles) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        TestIdentity.caller(headers::set, user, org, "team-1", roles);
        return headers;
    }

    public static HttpHeaders admin(String org) {
        return headers("admin-" + org, org, "ADMIN,REP");
    }

    public static HttpHeaders rep(String org) {
        return headers("rep-" + org, org, "REP");
    }
}
