package com.netfocus.endtoend.faults;

import java.time.Duration;

/** A daemon thread that takes one step every {@code pace} until it is stopped: what the fault tests' load runs on. */
final class PacedThread {

    private static final Duration STOP_WITHIN = Duration.ofSeconds(40);

    private final Thread thread;
    private volatile boolean running = true;

    PacedThread(String name, Duration pace, Runnable step) {
        this.thread = new Thread(() -> {
            while (running) {
                step.run();
                try {
                    Thread.sleep(pace.toMillis());
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, name);
        thread.setDaemon(true);
        thread.start();
    }

    /** Lets the step under way finish, then ends the thread. */
    void stop() {
        running = false;
        try {
            thread.join(STOP_WITHIN.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
