package com.netfocus.contracts.caller;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
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
    private static final SealedRequest READ_PLAN = SealedRequest.of("GET", "/api/v1/plans/p-1", "asOf=2030-01-01");

    private final IdentitySignature signature = new IdentitySignature(SECRET);

    @Test
    void headers_sealed_by_the_gateway_give_back_the_caller() {
        Map<String, String> headers = headers(signature, REP, NOW, READ_PLAN);
        assertThat(signature.verify(headers::get, READ_PLAN, NOW.plusSeconds(5), MAX_AGE)).contains(REP);
    }

    @Test
    void a_changed_header_a_foreign_secret_a_missing_seal_or_an_old_seal_is_not_accepted() {
        Map<String, String> promoted = headers(signature, REP, NOW, READ_PLAN);
        promoted.put(CallerHeaders.ROLES, "ADMIN");
        assertThat(signature.verify(promoted::get, READ_PLAN, NOW, MAX_AGE)).isEmpty();

        Map<String, String> otherOrg = headers(signature, REP, NOW, READ_PLAN);
        otherOrg.put(CallerHeaders.ORG, "globex");
        assertThat(signature.verify(otherOrg::get, READ_PLAN, NOW, MAX_AGE)).isEmpty();

        Map<String, String> forged = headers(new IdentitySignature("somebody-else's-secret-of-enough-length"), REP,
                NOW, READ_PLAN);
        assertThat(signature.verify(forged::get, READ_PLAN, NOW, MAX_AGE)).isEmpty();

        Map<String, String> unsealed = headers(signature, REP, NOW, READ_PLAN);
        unsealed.remove(CallerHeaders.SIGNATURE);
        assertThat(signature.verify(unsealed::get, READ_PLAN, NOW, MAX_AGE)).isEmpty();

        Map<String, String> replayed = headers(signature, REP, NOW, READ_PLAN);
        assertThat(signature.verify(replayed::get, READ_PLAN, NOW.plus(Duration.ofMinutes(2)), MAX_AGE)).isEmpty();

        Map<String, String> garbled = headers(signature, REP, NOW, READ_PLAN);
        garbled.put(CallerHeaders.ISSUED_AT, "yesterday");
        assertThat(signature.verify(garbled::get, READ_PLAN, NOW, MAX_AGE)).isEmpty();
    }

    @Test
    void a_seal_is_valid_for_its_own_request_only() {
        Map<String, String> captured = headers(signature, REP, NOW, READ_PLAN);

        assertThat(signature.verify(captured::get, SealedRequest.of("DELETE", "/api/v1/plans/p-1", "asOf=2030-01-01"),
                NOW, MAX_AGE)).as("another method").isEmpty();
        assertThat(signature.verify(captured::get, SealedRequest.of("GET", "/api/v1/plans/p-2", "asOf=2030-01-01"),
                NOW, MAX_AGE)).as("another path").isEmpty();
        assertThat(signature.verify(captured::get, SealedRequest.of("GET", "/api/v1/plans/p-1", "asOf=2031-01-01"),
                NOW, MAX_AGE)).as("another query").isEmpty();
        assertThat(signature.verify(captured::get, SealedRequest.of("GET", "/api/v1/plans/p-1", null),
                NOW, MAX_AGE)).as("without the query").isEmpty();
        assertThat(signature.verify(captured::get, SealedRequest.of("get", "/api/v1/plans/p-1", "asOf=2030-01-01"),
                NOW, MAX_AGE)).as("the same request").contains(REP);
    }

    @Test
    void an_absent_and_an_empty_query_are_the_same_request() {
        assertThat(SealedRequest.of("GET", "/x", "")).isEqualTo(SealedRequest.of("GET", "/x", null));
    }

    @Test
    void any_unicode_identity_travels_as_visible_ascii_and_arrives_unchanged() {
        Caller foreign = new Caller("日本", "Zürich AG", "Dział Północ", Set.of("REP"));
        Map<String, String> headers = headers(signature, foreign, NOW, READ_PLAN);

        for (String name : List.of(CallerHeaders.USER, CallerHeaders.ORG, CallerHeaders.TEAM)) {
            assertThat(headers.get(name)).as(name).matches("[!-~]+");
        }
        assertThat(headers.get(CallerHeaders.USER)).isEqualTo("%E6%97%A5%E6%9C%AC");
        // each hop may read header bytes as ISO-8859-1: visible ASCII reads the same either way
        Map<String, String> received = new HashMap<>();
        headers.forEach((name, value) -> received.put(name,
                new String(value.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1)));
        assertThat(signature.verify(received::get, READ_PLAN, NOW, MAX_AGE)).contains(foreign);
    }

    @Test
    void control_characters_are_never_sealed_nor_accepted() {
        assertThatThrownBy(() -> signature.headersFor(new Caller("rep\n1", "acme", "north", Set.of("REP")), NOW,
                READ_PLAN)).isInstanceOf(IllegalArgumentException.class);

        Map<String, String> withNewline = headers(signature, REP, NOW, READ_PLAN);
        // even a genuine seal over an encoded newline names no caller
        withNewline.put(CallerHeaders.USER, "rep%0A1");
        withNewline.put(CallerHeaders.SIGNATURE, signature.sign("rep%0A1", withNewline.get(CallerHeaders.ORG),
                withNewline.get(CallerHeaders.TEAM), withNewline.get(CallerHeaders.ROLES),
                withNewline.get(CallerHeaders.ISSUED_AT), READ_PLAN));
        assertThat(signature.verify(withNewline::get, READ_PLAN, NOW, MAX_AGE)).isEmpty();
        assertThat(HeaderText.decode("rep%0A1")).contains("rep\n1");
        assertThat(HeaderText.hasControlCharacter("rep\n1")).isTrue();
    }

    @Test
    void only_the_encoded_form_decodes() {
        assertThat(HeaderText.decode("a%2")).isEmpty();
        assertThat(HeaderText.decode("a%zz")).isEmpty();
        assertThat(HeaderText.decode("a b")).as("a raw space is not the encoded form").isEmpty();
        assertThat(HeaderText.decode("%C3%28")).as("not UTF-8").isEmpty();
        assertThat(HeaderText.decode("rep-1@acme.example")).contains("rep-1@acme.example");
        assertThat(HeaderText.decode(HeaderText.encode("100% sure"))).contains("100% sure");
    }

    @Test
    void seals_made_on_many_threads_at_once_are_each_what_one_thread_makes() throws Exception {
        Map<Long, List<String[]>> expected = new HashMap<>();
        for (long second = 0; second < 200; second++) {
            expected.put(second, new IdentitySignature(SECRET).headersFor(REP, Instant.ofEpochSecond(second), READ_PLAN));
        }
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int run = 0; run < 8; run++) {
                results.add(threads.submit(() -> expected.entrySet().stream().allMatch(seal -> signatureOf(seal.getValue())
                        .equals(signatureOf(signature.headersFor(REP, Instant.ofEpochSecond(seal.getKey()), READ_PLAN))))));
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

    private static String signatureOf(List<String[]> headers) {
        return headers.stream().filter(header -> header[0].equals(CallerHeaders.SIGNATURE)).findFirst()
                .orElseThrow()[1];
    }

    private static Map<String, String> headers(IdentitySignature sealer, Caller caller, Instant at,
                                               SealedRequest request) {
        Map<String, String> headers = new HashMap<>();
        sealer.headersFor(caller, at, request).forEach(header -> headers.put(header[0], header[1]));
        return headers;
    }
}
