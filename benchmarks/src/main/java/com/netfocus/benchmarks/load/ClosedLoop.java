package com.netfocus.benchmarks.load;

import com.netfocus.benchmarks.stack.Workers;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Closed loop: N clients, each sending its next command as soon as the previous one is answered, taking plan after
 * plan from a shared queue (a plan's commands in order). Finds the maximum rate the path sustains.
 */
public final class ClosedLoop {

    private ClosedLoop() {
    }

    public static LoadResult run(List<PlanScript> scripts, Api api, int clients) throws Exception {
        ConcurrentLinkedQueue<PlanScript> queue = new ConcurrentLinkedQueue<>(scripts);
        LoadResult result = new LoadResult();
        AtomicLong completed = new AtomicLong();
        AtomicLong drainedAt = new AtomicLong();
        AtomicLong completedAtDrain = new AtomicLong(-1);
        long begun = System.nanoTime();
        Workers.run(clients, client -> {
            while (true) {
                PlanScript script = queue.poll();
                if (script == null) {
                    if (completedAtDrain.compareAndSet(-1, completed.get())) {
                        drainedAt.set(System.nanoTime());
                    }
                    return;
                }
                while (!script.done()) {
                    Command command = script.next();
                    Answer answer = api.post(command.path(), script.rep(), command.body());
                    script.accept(command, answer);
                    result.record(command, answer, answer.nanos());
                    completed.incrementAndGet();
                }
            }
        });
        long ended = System.nanoTime();
        result.window(completedAtDrain.get(), (drainedAt.get() - begun) / 1e9, (ended - begun) / 1e9);
        return result;
    }
}
