package com.netfocus.planning.startup;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.function.Supplier;

/**
 * Retries a start-up step a few times: the MongoDB wire server can fail when several clients create indexes at the
 * same instant (mongo-java-server #195), and a database that is still starting should not kill the service.
 */
public final class StartupRetry {

    private static final Logger log = LoggerFactory.getLogger(StartupRetry.class);
    private static final int ATTEMPTS = 10;
    private static final long FIRST_PAUSE_MILLIS = 200;

    private StartupRetry() {
    }

    public static <T> T retry(String what, Supplier<T> step) {
        long pause = FIRST_PAUSE_MILLIS;
        for (int attempt = 1; ; attempt++) {
            try {
                return step.get();
            } catch (RuntimeException e) {
                if (attempt == ATTEMPTS) {
                    throw e;
                }
                log.warn("{} failed (attempt {} of {}): {}; retrying", what, attempt, ATTEMPTS, e.toString());
                try {
                    Thread.sleep(pause);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
                pause = Math.min(pause * 2, 5_000);
            }
        }
    }
}
