package com.netfocus.support.consistency;

import com.netfocus.support.planevents.PlanSequenceGuard;
import com.netfocus.support.problem.NotFoundException;
import com.netfocus.support.problem.RejectedInputException;
import com.netfocus.support.problem.ServiceUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;

/**
 * Read-your-writes for projections (and for the planning service's own, cached, copy of a plan): a command answers
 * the plan's new version (the sequence of its last event), and a query that passes it as {@code minVersion} is
 * answered only from a projection that has applied at least that event. Until then the read is repeated, bounded
 * by {@link ConsistencyProperties}; if the projection does not get there in time the answer is 503 with
 * Retry-After, never stale data passed off as fresh.
 *
 * <p>The access check runs on every read, before any waiting: a plan the caller may not read is refused at once
 * (404/403) and its version never revealed. A plan not known here yet is waited for only when a
 * {@code minVersion} says it exists; without one it is not found.
 */
public class PlanVersionWait {

    public static final String MIN_VERSION = "minVersion";

    private static final Logger log = LoggerFactory.getLogger(PlanVersionWait.class);

    private final ConsistencyProperties properties;

    public PlanVersionWait(ConsistencyProperties properties) {
        this.properties = properties;
    }

    /**
     * @param minVersion       the version the answer must reflect at least; null answers whatever is there now
     * @param load             reads the plan's projection; empty while the plan is not known here
     * @param appliedSequence  the sequence of the plan's last event the projection applied
     * @param ensureReadable   throws when the caller may not read the plan (see
     *                         {@link com.netfocus.support.access.ReadAccess})
     * @return the projection, at least at {@code minVersion}
     * @throws NotFoundException           the plan is not known here and no version was asked for
     * @throws ServiceUnavailableException the projection did not reach {@code minVersion} within the wait
     */
    public <T> T read(String planId, Long minVersion, Supplier<Optional<T>> load, ToLongFunction<T> appliedSequence,
                      Consumer<T> ensureReadable) {
        return read(planId, minVersion, load, load, appliedSequence, ensureReadable);
    }

    /**
     * The same, for a service whose first read may come from a copy that can lag behind the store (a cache that
     * another instance's write went past): once that copy is found behind {@code minVersion}, every further read
     * goes to {@code reload}, which bypasses the copy, until the plan has caught up or the wait runs out.
     *
     * @param reload reads the plan again from where it is current; called only while it is behind
     */
    public <T> T read(String planId, Long minVersion, Supplier<Optional<T>> load, Supplier<Optional<T>> reload,
                      ToLongFunction<T> appliedSequence, Consumer<T> ensureReadable) {
        if (minVersion != null && minVersion < 0) {
            throw new RejectedInputException(MIN_VERSION, "must be 0 or more");
        }
        long deadline = System.nanoTime() + properties.maxWait().toNanos();
        boolean waited = false;
        while (true) {
            Optional<T> found = waited ? reload.get() : load.get();
            found.ifPresent(ensureReadable);
            if (found.isEmpty() && minVersion == null) {
                throw new NotFoundException("plan", planId);
            }
            long applied = found.map(appliedSequence::applyAsLong).orElse(PlanSequenceGuard.NOTHING_APPLIED);
            if (found.isPresent() && (minVersion == null || applied >= minVersion)) {
                if (waited) {
                    log.debug("plan {} reached version {} (asked for {})", planId, applied, minVersion);
                }
                return found.get();
            }
            long remaining = deadline - System.nanoTime();
            if (remaining <= 0) {
                log.info("plan {} is at version {} here, not at {} within {}; answering 503", planId,
                        found.isPresent() ? applied : "none", minVersion, properties.maxWait());
                throw new ServiceUnavailableException("plan " + planId + " has not reached version " + minVersion
                        + " here yet" + (found.isPresent() ? " (it is at version " + applied + ")" : "")
                        + "; try again", properties.retryAfterSeconds(), null);
            }
            if (!waited) {
                log.debug("waiting up to {} for plan {} to reach version {} (at {})", properties.maxWait(), planId,
                        minVersion, found.isPresent() ? applied : "none");
                waited = true;
            }
            pause(Math.min(remaining, properties.pollInterval().toNanos()));
        }
    }

    private static void pause(long nanos) {
        try {
            TimeUnit.NANOSECONDS.sleep(nanos);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ServiceUnavailableException("interrupted while waiting for a plan version", 1, e);
        }
    }
}
