package com.netfocus.support.caller;

import com.netfocus.contracts.caller.Caller;
import com.netfocus.contracts.caller.IdentitySignature;
import com.netfocus.contracts.caller.MissingCallerException;
import com.netfocus.contracts.caller.SealedRequest;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * Accepts the caller of an API request only if the gateway sealed it for this very request (see
 * {@link IdentitySignature}): a call that reached the service some other way, with headers changed on the way, or
 * with a seal taken from another request (another method, path or query) has no caller and is refused with 401
 * wherever a caller is needed. Isolation holds in every service, not only at the gateway.
 */
public class VerifiedCallerFilter extends OncePerRequestFilter {

    /** The request attribute under which the verified caller is kept for the argument resolver and role checks. */
    public static final String VERIFIED_CALLER = VerifiedCallerFilter.class.getName() + ".caller";

    private final Optional<IdentitySignature> signature;
    private final Duration maxAge;
    private final Clock clock;

    /** Without a signature (no secret configured) no caller is ever verified: every API call is refused. */
    public VerifiedCallerFilter(Optional<IdentitySignature> signature, Duration maxAge, Clock clock) {
        this.signature = signature;
        this.maxAge = maxAge;
        this.clock = clock;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        // the target exactly as it came on the wire: the raw path and query the gateway sealed
        SealedRequest target = SealedRequest.of(request.getMethod(), request.getRequestURI(), request.getQueryString());
        signature.flatMap(seal -> seal.verify(request::getHeader, target, clock.instant(), maxAge))
                .ifPresent(caller -> request.setAttribute(VERIFIED_CALLER, caller));
        chain.doFilter(request, response);
    }

    /**
     * The verified caller of a request.
     *
     * @throws MissingCallerException when the request carries no identity sealed by the gateway
     */
    public static Caller callerOf(HttpServletRequest request) {
        Object caller = request.getAttribute(VERIFIED_CALLER);
        if (caller == null) {
            throw new MissingCallerException();
        }
        return (Caller) caller;
    }
}
