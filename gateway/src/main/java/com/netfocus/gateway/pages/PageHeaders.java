package com.netfocus.gateway.pages;

import org.springframework.http.HttpHeaders;

/**
 * The headers of every page and file the gateway serves itself (the web app, the API page): what the page may load
 * (only this origin, no inline script), how a browser caches it, and no referrer leaving for elsewhere.
 */
public final class PageHeaders {

    public static final String CONTENT_SECURITY_POLICY = "Content-Security-Policy";

    private PageHeaders() {
    }

    public static void apply(HttpHeaders headers, String contentSecurityPolicy, String cacheControl) {
        headers.setCacheControl(cacheControl);
        headers.set(CONTENT_SECURITY_POLICY, contentSecurityPolicy);
        headers.set("Referrer-Policy", "no-referrer");
    }
}
