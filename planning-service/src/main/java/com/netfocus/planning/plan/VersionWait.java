package com.netfocus.planning.plan;

import com.netfocus.support.problem.ServiceUnavailableException;
import org.springframework.stereotype.Component;

import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;

/**
 * Read-your-writes across instances: every command answers the plan's new version, and a read may ask for at least
 * that version. This instance's copy of the plan (Axon's aggregate cache) can lag behind a write another instance
 * made, so a copy that is behind is reloaded from the store, again and again until it has caught up or the bounded
 * wait is over (then 503 with Retry-After: the client tries again, nothing is guessed).
 */
@Component
public class VersionWait {

    private final ConsistencySettings settings;

    public VersionWait(ConsistencySettings settings) {
        this.settings = settings;
    }

    /**
     * @param loaded   what was read first
     * @param versionOf the version of what was read
     * @param reload   reads again, bypassing any cached copy
     * @return the first read whose version is at least {@code minVersion}
     */
    public <T> T until(String planId, long minVersion, T loaded, ToLongFunction<T> versionOf, Supplier<T> reload) {
        if (versionOf.applyAsLong(loaded) >= minVersion) {
            return loaded;
        }
        long deadline = System.nanoTime() + settings.maxWait().toNanos();
        while (true) {
            T latest = reload.get();
            long version = versionOf.applyAsLong(latest);
            if (version >= minVersion) {
                return latest;
            }
            long remaining = deadline - System.nanoTime();
            if (remaining <= 0) {
                throw new ServiceUnavailableException("plan " + planId + " has not reached version " + minVersion
                        + " yet (it is at version " + version + "); try again", settings.retryAfterSeconds(), null);
            }
            pause(Math.min(remaining, settings.pollInterval().toNanos()));
        }
    }

    private static void pause(long nanos) {
        try {
            TimeUnit.NANOSECONDS.sleep(nanos);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a plan version", e);
        }
    }
}
