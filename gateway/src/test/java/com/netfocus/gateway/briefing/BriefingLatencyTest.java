package com.netfocus.gateway.briefing;

import com.netfocus.gateway.testing.LocalGatewayTest;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import static com.netfocus.gateway.testing.TestBackends.CONTACT;
import static com.netfocus.gateway.testing.TestBackends.PLANNING;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What composing the briefing adds to a plain proxied read, both against backends that answer at once: the median of
 * many calls each, after a warm-up, printed for docs/teams.md. The bound only catches a composition that asks its
 * parts one after the other or blocks (a backend delay of its own would add up).
 */
class BriefingLatencyTest extends LocalGatewayTest {

    private static final int WARM_UP = 100;
    private static final int MEASURED = 200;
    private static final Duration PART_DELAY = Duration.ofMillis(100);
    private static final int REPS = 10;

    @Test
    void composingTheBriefingAddsLittleToAProxiedRead() {
        String planId = UUID.randomUUID().toString();
        String briefing = "/api/v1/plans/" + planId + "/platforms/breakfast/briefing";
        String plain = "/api/v1/plans/" + planId;
        PLANNING.answer(briefing, 200, "application/json", "{\"planId\":\"" + planId + "\",\"targets\":[]}");
        CONTACT.answer("/api/v1/plans/" + planId + "/known-matches", 200, "application/json", "{\"matches\":[]}");
        // calls rotate over reps, so that no rep's rate limit (a burst of 100, 20 a second) slows or refuses them
        List<String> tokens = IntStream.range(0, REPS).mapToObj(rep -> tokenFor("rep-" + rep, "org-a", "team-x", "REP"))
                .toList();

        double proxied = medianMillis(plain, tokens);
        double composed = medianMillis(briefing, tokens);
        System.out.printf("briefing latency: proxied read median %.2f ms, composed briefing median %.2f ms, "
                + "added %.2f ms%n", proxied, composed, composed - proxied);

        // both parts slowed by 100 ms: the briefing takes one delay, not two
        PLANNING.answer(briefing, 200, "application/json", "{\"planId\":\"" + planId + "\",\"targets\":[]}",
                PART_DELAY);
        CONTACT.answer("/api/v1/plans/" + planId + "/known-matches", 200, "application/json", "{\"matches\":[]}",
                PART_DELAY);
        double slowParts = median(briefing, tokens, 20);
        System.out.printf("briefing latency with both parts taking 100 ms: median %.2f ms%n", slowParts);
        assertThat(slowParts).isLessThan(2 * PART_DELAY.toMillis());
        assertThat(composed - proxied).isLessThan(PART_DELAY.toMillis());
    }

    private double medianMillis(String path, List<String> tokens) {
        median(path, tokens, WARM_UP);
        return median(path, tokens, MEASURED);
    }

    private double median(String path, List<String> tokens, int calls) {
        double[] millis = new double[calls];
        for (int i = 0; i < calls; i++) {
            String token = tokens.get(i % tokens.size());
            long started = System.nanoTime();
            client.get().uri(path).header(HttpHeaders.AUTHORIZATION, "Bearer " + token).exchange()
                    .expectStatus().isOk().expectBody().returnResult();
            millis[i] = (System.nanoTime() - started) / 1_000_000.0;
        }
        Arrays.sort(millis);
        return millis[calls / 2];
    }
}
