package com.netfocus.benchmarks.load;

import java.time.Duration;
import java.util.function.Supplier;

/**
 * A request of a run's set-up (signing in, filling the catalog), which is not measured: an answer that says the
 * service cannot be reached for now (503, or no connection at all) is asked again, after a pause that doubles each
 * time, before the run gives up. On a loaded machine the gateway answered 503 for a catalog whose health check had
 * not answered in time (run 20261207-220008), and the whole run ended before it had measured anything.
 */
final class SetUpRequest {

    static final int ATTEMPTS = 5;
    static final Duration FIRST_PAUSE = Duration.ofSeconds(1);
    private static final int UNAVAILABLE = 503;
    /** Api's status for a request that got no answer at all. */
    private static final int NO_ANSWER = -1;

    private SetUpRequest() {
    }

    static Answer sent(Supplier<Answer> request) {
        Duration pause = FIRST_PAUSE;
        Answer answer = request.get();
        for (int attempt = 1; attempt < ATTEMPTS && unavailable(answer); attempt++) {
            try {
                Thread.sleep(pause.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return answer;
            }
            pause = pause.multipliedBy(2);
            answer = request.get();
        }
        return answer;
    }

    private static boolean unavailable(Answer answer) {
        return answer.status() == UNAVAILABLE || answer.status() == NO_ANSWER;
    }
}
