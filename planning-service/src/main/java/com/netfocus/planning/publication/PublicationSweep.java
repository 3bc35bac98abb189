package com.netfocus.planning.publication;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Recovery: at start-up and then on a timer, finds the plans marked pending and has their workers publish from the
 * store whatever lies after the published sequence. It reads only marked plans, by sequence, never by timestamp, so
 * a late insert cannot be skipped and the steady state reads nothing. A broker that is away leaves the marks in
 * place; the next tick tries again. A blocked plan is tried again only when its back-off is over; the one at start-up
 * tries every pending plan (its cause may have been removed while the service was down, settings raised).
 */
@Component
public class PublicationSweep implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(PublicationSweep.class);

    private final PublicationPositions positions;
    private final PlanPublicationQueues queues;
    private final PlanPublicationSettings settings;
    private final BlockedPlans blocked;
    private ScheduledExecutorService timer;

    public PublicationSweep(PublicationPositions positions, PlanPublicationQueues queues,
                            PlanPublicationSettings settings, BlockedPlans blocked) {
        this.positions = positions;
        this.queues = queues;
        this.settings = settings;
        this.blocked = blocked;
    }

    /** Hands every pending plan to its worker; returns how many plans were pending. */
    public int sweep() {
        List<String> pending = positions.pendingPlans();
        blocked.retainOnly(pending);
        pending.forEach(queues::catchUp);
        if (!pending.isEmpty()) {
            log.debug("recovery sweep: {} plan(s) pending", pending.size());
        }
        return pending.size();
    }

    private void sweepQuietly() {
        try {
            sweep();
        } catch (RuntimeException e) {
            log.warn("recovery sweep failed; trying again in {}: {}", settings.sweepInterval(), e.toString());
        }
    }

    @Override
    public synchronized void start() {
        timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "publication-sweep");
            thread.setDaemon(true);
            return thread;
        });
        long interval = settings.sweepInterval().toMillis();
        timer.scheduleWithFixedDelay(this::sweepQuietly, 0, interval, TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void stop() {
        timer.shutdownNow();
        timer = null;
    }

    @Override
    public synchronized boolean isRunning() {
        return timer != null;
    }

    @Override
    public int getPhase() {
        return PlanPublicationWorkers.PHASE + 1;
    }
}
