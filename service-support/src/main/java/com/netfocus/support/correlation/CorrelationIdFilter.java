package com.netfocus.support.correlation;

import com.netfocus.contracts.caller.CallerHeaders;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.MDC;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Keeps the request's correlation id in the logging context and echoes it on the response, so that one
 * id ties the gateway's log lines, each service's log lines and the stored events together.
 */
public class CorrelationIdFilter extends OncePerRequestFilter {

    public static final String MDC_KEY = "correlationId";
    /** Accepted ids are short and plain, so that a client cannot inject text into log lines. */
    private static final Pattern ACCEPTED = Pattern.compile("[A-Za-z0-9._:-]{1,100}");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String sent = request.getHeader(CallerHeaders.CORRELATION_ID);
        String correlationId = sent != null && ACCEPTED.matcher(sent).matches() ? sent : UUID.randomUUID().toString();
        MDC.put(MDC_KEY, correlationId);
        response.setHeader(CallerHeaders.CORRELATION_ID, correlationId);
        try {
            chain.doFilter(request, response);
        } finally {
            MDC.remove(MDC_KEY);
        }
    }

    /** The correlation id of the request being handled on this thread. */
    public static String current() {
        String id = MDC.get(MDC_KEY);
        return id == null ? UUID.randomUUID().toString() : id;
    }
}
