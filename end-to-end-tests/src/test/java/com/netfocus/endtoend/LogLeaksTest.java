package com.netfocus.endtoend;

import com.netfocus.contracts.caller.Caller;
import com.netfocus.contracts.caller.IdentitySignature;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The log scan of EndToEndIT would see a leak: a JWT anywhere in a line, a signature made during the run. */
class LogLeaksTest {

    private static final String SECRET_1 = "first-secret-of-at-least-32-bytes-long";
    private static final String SECRET_2 = "second-secret-of-at-least-32-bytes-long";
    private static final String JWT = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJyZXAtMSJ9.c2lnbmF0dXJlLWJ5dGVz";

    @Test
    void a_token_in_a_log_line_is_found() {
        assertThat(LogLeaks.jwts("INFO [c-1] Authorization: Bearer " + JWT + " accepted")).containsExactly(JWT);
        assertThat(LogLeaks.jwts("INFO [c-1] plan 5a6b7c8d created")).isEmpty();
    }

    @Test
    void a_signature_of_a_caller_within_the_run_is_found_one_outside_is_not() {
        Instant at = Instant.parse("2026-11-26T12:00:00Z");
        Caller rep = new Caller("rep-1", "acme", "east", Set.of("REP"));
        String signature = new IdentitySignature(SECRET_1).sign("rep-1", "acme", "east", Set.of("REP"),
                at.getEpochSecond());
        String log = "DEBUG headers {X-Netfocus-User=rep-1, sig=" + signature + "}";

        assertThat(LogLeaks.signatures(log, List.of(SECRET_1), at.minusSeconds(5), at.plusSeconds(5), List.of(rep)))
                .hasSize(1);
        assertThat(LogLeaks.signatures(log, List.of(SECRET_2), at.minusSeconds(5), at.plusSeconds(5), List.of(rep)))
                .isEmpty();
    }
}
