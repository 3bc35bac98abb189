package com.netfocus.support.management;

import com.netfocus.contracts.management.ManagementCredential;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Keeps a service's management endpoints (metrics and the rest under /actuator) to whoever holds the management
 * token, while health stays open to probes: see {@link ManagementCredential}. A refusal is a 401 problem+json.
 */
public class ManagementAccessFilter extends OncePerRequestFilter {

    private static final String PROBLEM = "{\"type\":\"https://netfocus.example/problems/unauthenticated\","
            + "\"title\":\"Management credential required\",\"status\":401,\"detail\":\"%s\"}";

    private final ManagementCredential credential;

    public ManagementAccessFilter(ManagementCredential credential) {
        this.credential = credential;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !ManagementCredential.guards(request.getRequestURI().substring(request.getContextPath().length()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (credential.accepts(request.getHeader(HttpHeaders.AUTHORIZATION))) {
            chain.doFilter(request, response);
            return;
        }
        response.setStatus(HttpStatus.UNAUTHORIZED.value());
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(PROBLEM.formatted(credential.refusal()));
    }
}
