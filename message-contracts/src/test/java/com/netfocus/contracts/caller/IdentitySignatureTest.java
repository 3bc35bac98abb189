package com.netfocus.contracts.caller;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IdentitySignatureTest {

    private static final String SECRET = "a-test-secret-that-is-long-enough-for-hmac";
    private static final Instant NOW = Instant.parse("2030-01-01T10:00:00Z");
    private static final Duration MAX_AGE = Duration.ofSeconds(60);
    private static final Caller REP = new Caller("rep-1", "acme", "north", Set.of("REP", "MANAGER"));

    private final IdentitySignature signature = new IdentitySignature(SECRET);

    @Test
    void headers_sealed_by_the_gateway_give_back_the_caller() {
        Map<String, String> headers = headers(signature, NOW);
        assertThat(signature.verify(headers::get, NOW.plusSeconds(5), MAX_AGE)).contains(REP);
    }

    @Test
    void a_changed_header_a_foreign_secret_a_missing_seal_or_an_old_seal_is_not_accepted() {
        Map<String, String> promoted = headers(signature, NOW);
        promoted.put(CallerHeaders.ROLES, "ADMIN");
        assertThat(signature.verify(promoted::get, NOW, MAX_AGE)).isEmpty();

        Map<String, String> otherOrg = headers(signature, NOW);
        otherOrg.put(CallerHeaders.ORG, "globex");
        assertThat(signature.verify(otherOrg::get, NOW, MAX_AGE)).isEmpty();

        Map<String, String> forged = headers(new IdentitySignature("somebody-else's-secret-of-enough-length"), NOW);
        assertThat(signature.verify(forged::get, NOW, MAX_AGE)).isEmpty();

        Map<String, String> unsealed = headers(signature, NOW);
        unsealed.remove(CallerHeaders.SIGNATURE);
        assertThat(signature.verify(unsealed::get, NOW, MAX_AGE)).isEmpty();

        Map<String, String> replayed = headers(signature, NOW);
        assertThat(signature.verify(replayed::get, NOW.plus(Duration.ofMinutes(2)), MAX_AGE)).isEmpty();

        Map<String, String> garbled = headers(signature, NOW);
        garbled.put(CallerHeaders.ISSUED_AT, "yesterday");
        assertThat(signature.verify(garbled::get, NOW, MAX_AGE)).isEmpty();
    }

    @Test
    void seals_made_on_many_threads_at_once_are_each_what_one_thread_makes() throws Exception {
        Map<Long, String> expected = new HashMap<>();
        for (long second = 0; second < 200; second++) {
            expected.put(second, new IdentitySignature(SECRET).sign("rep-1", "acme", "north", REP.roles(), second));
        }
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int run = 0; run < 8; run++) {
                results.add(threads.submit(() -> expected.entrySet().stream().allMatch(seal -> seal.getValue()
                        .equals(signature.sign("rep-1", "acme", "north", REP.roles(), seal.getKey())))));
            }
            for (Future<Boolean> result : results) {
                assertThat(result.get()).isTrue();
            }
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void a_short_secret_is_refused() {
        assertThatThrownBy(() -> new IdentitySignature("short")).isInstanceOf(IllegalArgumentException.class);
    }

    private static Map<String, String> headers(IdentitySignature sealer, Instant at) {
        Map<String, String> headers = new HashMap<>();
        sealer.headersFor(REP, at).forEach(header -> headers.put(header[0], header[1]));
        return headers;
    }
}
