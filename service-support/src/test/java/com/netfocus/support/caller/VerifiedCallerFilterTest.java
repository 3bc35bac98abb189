package com.netfocus.support.caller;

import com.netfocus.contracts.caller.Caller;
import com.netfocus.contracts.caller.CallerHeaders;
import com.netfocus.contracts.caller.IdentitySignature;
import com.netfocus.contracts.caller.MissingCallerException;
import com.netfocus.contracts.caller.SealedRequest;
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
    private static final String PATH = "/api/v1/plans/p-1";
    private static final String QUERY = "asOf=2030-01-01T00%3A00%3A00Z";

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
        MockHttpServletRequest unsealed = request();
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
    void a_seal_taken_from_one_request_gives_no_caller_on_another() throws Exception {
        MockHttpServletRequest otherMethod = sealedBy(new IdentitySignature(SECRET));
        otherMethod.setMethod("DELETE");
        MockHttpServletRequest otherPath = sealedBy(new IdentitySignature(SECRET));
        otherPath.setRequestURI("/api/v1/plans/p-2");
        MockHttpServletRequest otherQuery = sealedBy(new IdentitySignature(SECRET));
        otherQuery.setQueryString("asOf=2031-01-01T00%3A00%3A00Z");
        MockHttpServletRequest decodedQuery = sealedBy(new IdentitySignature(SECRET));
        decodedQuery.setQueryString("asOf=2030-01-01T00:00:00Z");

        for (MockHttpServletRequest request : new MockHttpServletRequest[]{otherMethod, otherPath, otherQuery,
                decodedQuery}) {
            filter.doFilter(request, new MockHttpServletResponse(), new MockFilterChain());
            assertThatThrownBy(() -> VerifiedCallerFilter.callerOf(request)).isInstanceOf(MissingCallerException.class);
        }
    }

    @Test
    void a_caller_named_in_any_script_is_verified_as_named() throws Exception {
        Caller foreign = new Caller("日本", "Zürich AG", "Dział", Set.of("REP"));
        MockHttpServletRequest request = request();
        new IdentitySignature(SECRET).headersFor(foreign, NOW, SealedRequest.of("GET", PATH, QUERY))
                .forEach(header -> request.addHeader(header[0], header[1]));

        filter.doFilter(request, new MockHttpServletResponse(), new MockFilterChain());

        assertThat(VerifiedCallerFilter.callerOf(request)).isEqualTo(foreign);
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
        MockHttpServletRequest request = request();
        seal.headersFor(REP, NOW, SealedRequest.of("GET", PATH, QUERY))
                .forEach(header -> request.addHeader(header[0], header[1]));
        return request;
    }

    private static MockHttpServletRequest request() {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", PATH);
        request.setQueryString(QUERY);
        return request;
    }
}
