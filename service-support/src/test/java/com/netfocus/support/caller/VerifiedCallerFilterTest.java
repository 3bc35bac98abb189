package com.netfocus.support.caller;

import com.netfocus.contracts.caller.Caller;
import com.netfocus.contracts.caller.CallerHeaders;
import com.netfocus.contracts.caller.IdentitySignature;
import com.netfocus.contracts.caller.MissingCallerException;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VerifiedCallerFilterTest {

    private static final String SECRET = "a-secret-shared-by-the-gateway-and-the-services";
    private static final Instant NOW = Instant.parse("2030-03-01T09:00:00Z");
    private static final Caller REP = new Caller("rep-1", "acme", "north", Set.of("REP"));

    private final VerifiedCallerFilter filter = new VerifiedCallerFilter(Optional.of(new IdentitySignature(SECRET)),
            Duration.ofSeconds(60), Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void a_caller_sealed_by_the_gateway_is_the_verified_caller() throws Exception {
        MockHttpServletRequest request = sealedBy(new IdentitySignature(SECRET));
        filter.doFilter(request, new MockHttpServletResponse(), new MockFilterChain());
        assertThat(VerifiedCallerFilter.callerOf(request)).isEqualTo(REP);
    }

    @Test
    void headers_written_by_anyone_else_give_no_caller() throws Exception {
        MockHttpServletRequest unsealed = new MockHttpServletRequest();
        unsealed.addHeader(CallerHeaders.USER, "rep-1");
        unsealed.addHeader(CallerHeaders.ORG, "acme");
        unsealed.addHeader(CallerHeaders.ROLES, "ADMIN");
        MockHttpServletRequest forged = sealedBy(new IdentitySignature("a-guess-at-the-secret-that-is-long-enough"));
        MockHttpServletRequest tampered = sealedBy(new IdentitySignature(SECRET));
        tampered.removeHeader(CallerHeaders.ROLES);
        tampered.addHeader(CallerHeaders.ROLES, "ADMIN");

        for (MockHttpServletRequest request : new MockHttpServletRequest[]{unsealed, forged, tampered}) {
            filter.doFilter(request, new MockHttpServletResponse(), new MockFilterChain());
            assertThatThrownBy(() -> VerifiedCallerFilter.callerOf(request)).isInstanceOf(MissingCallerException.class);
        }
    }

    @Test
    void without_a_secret_no_caller_is_ever_verified() throws Exception {
        VerifiedCallerFilter unconfigured = new VerifiedCallerFilter(Optional.empty(), Duration.ofSeconds(60),
                Clock.fixed(NOW, ZoneOffset.UTC));
        MockHttpServletRequest request = sealedBy(new IdentitySignature(SECRET));
        unconfigured.doFilter(request, new MockHttpServletResponse(), new MockFilterChain());
        assertThatThrownBy(() -> VerifiedCallerFilter.callerOf(request)).isInstanceOf(MissingCallerException.class);
    }

    private static MockHttpServletRequest sealedBy(IdentitySignature seal) {
        MockHttpServletRequest request = new MockHttpServletRequest();
        seal.headersFor(REP, NOW).forEach(header -> request.addHeader(header[0], header[1]));
        return request;
    }
}
