package com.netfocus.endtoend;

import com.netfocus.contracts.caller.Caller;
import com.netfocus.contracts.caller.CallerHeaders;
import com.netfocus.contracts.caller.IdentitySignature;
import com.netfocus.contracts.caller.SealedRequest;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The log scan of EndToEndIT would see a leak: a JWT anywhere in a line, anything shaped like an identity signature. */
class LogLeaksTest {

    private static final String SECRET_1 = "first-secret-of-at-least-32-bytes-long";
    private static final String JWT = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJyZXAtMSJ9.c2lnbmF0dXJlLWJ5dGVz";

    @Test
    void a_token_in_a_log_line_is_found() {
        assertThat(LogLeaks.jwts("INFO [c-1] Authorization: Bearer " + JWT + " accepted")).containsExactly(JWT);
        assertThat(LogLeaks.jwts("INFO [c-1] plan 5a6b7c8d created")).isEmpty();
    }

    @Test
    void a_signature_in_a_log_line_is_found_ids_and_names_are_not() {
        Caller rep = new Caller("rep-1", "acme", "east", Set.of("REP"));
        String signature = signatureOf(new IdentitySignature(SECRET_1).headersFor(rep,
                Instant.parse("2026-11-26T12:00:00Z"), SealedRequest.of("GET", "/api/v1/plans", null)));
        String log = "DEBUG headers {X-Netfocus-User=rep-1, sig=" + signature + "}";

        assertThat(LogLeaks.signatures(log)).containsExactly(signature);
        assertThat(LogLeaks.signatures("INFO [5f0c2a4e-8d1b-4c3a-9e7f-1a2b3c4d5e6f] plan-events-catalog-service-"
                + "consumer-group-of-the-test started")).isEmpty();
    }

    private static String signatureOf(List<String[]> headers) {
        return headers.stream().filter(header -> header[0].equals(CallerHeaders.SIGNATURE)).findFirst()
                .orElseThrow()[1];
    }
}
