package com.netfocus.planning.publication;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The work waiting for one publication worker. A sweep's catch-up of a plan is queued once: while one waits or runs,
 * the next sweep's request for the same plan is dropped (the running one publishes whatever it finds).
 */
final class PlanTaskQueue {

    private final BlockingQueue<PublicationTask> tasks = new LinkedBlockingQueue<>();
    private final Set<String> queuedCatchUps = ConcurrentHashMap.newKeySet();

    void add(PublicationTask task) {
        if (isSweepCatchUp(task) && !queuedCatchUps.add(task.planId())) {
            return;
        }
        tasks.add(task);
    }

    /** Waits up to {@code wait} for a first task, then takes whatever else is queued, up to {@code batchSize}. */
    List<PublicationTask> next(int batchSize, long waitMillis) throws InterruptedException {
        PublicationTask first = tasks.poll(waitMillis, TimeUnit.MILLISECONDS);
        if (first == null) {
            return List.of();
        }
        List<PublicationTask> batch = new ArrayList<>();
        batch.add(first);
        tasks.drainTo(batch, batchSize - 1);
        return batch;
    }

    /** The batch's tasks are done: a sweep may queue a catch-up of their plans again. */
    void done(List<PublicationTask> batch) {
        batch.stream().filter(PlanTaskQueue::isSweepCatchUp).forEach(task -> queuedCatchUps.remove(task.planId()));
    }

    private static boolean isSweepCatchUp(PublicationTask task) {
        return task instanceof PublicationTask.CatchUp && !task.holdsObligation();
    }
}
