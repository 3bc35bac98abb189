package com.netfocus.endtoend.faults;

import com.netfocus.contracts.caller.CallerHeaders;
import com.netfocus.infrastructure.stack.GatewayClient.Answer;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A steady stream of commands through the gateway, on its own thread, one every {@code pace} (under the per-user
 * rate limit): a plan, an objective and a target, then outreach on it, a new plan every few commands. Counts the
 * answers by status; a request that failed without an answer (or took longer than the client's timeout) counts
 * as status 0. Keeps every answer's outcome ({@link #outcomes()}): what a test needs to follow each command.
 */
final class CommandStream implements AutoCloseable {

    private static final int COMMANDS_PER_PLAN = 6;
    static final int NO_ANSWER = 0;

    private final PlanWork work;
    private final Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
    private final List<Outcome> outcomes = new CopyOnWriteArrayList<>();
    private final AtomicLong longestMillis = new AtomicLong();
    private final PacedThread thread;
    // the plan being worked on: touched by the stream's thread only
    private String planId;
    private String targetId;
    private int onPlan;

    CommandStream(PlanWork work, Duration pace, String name) {
        this.work = work;
        this.thread = new PacedThread("command-stream-" + name, pace, this::nextCommand);
    }

    private void nextCommand() {
        if (planId == null || targetId == null || onPlan >= COMMANDS_PER_PLAN) {
            String created = body(record(work::createPlan, null), "planId");
            String objective = created == null ? null : body(record(() -> work.defineObjective(created),
                    created), "objectiveId");
            targetId = objective == null ? null : body(record(() -> work.identifyTarget(created, objective),
                    created), "targetId");
            planId = created;
            onPlan = 0;
        } else {
            String plan = planId;
            String target = targetId;
            record(() -> work.logOutreach(plan, target), plan);
            onPlan++;
        }
    }

    private Answer record(java.util.function.Supplier<Answer> command, String planId) {
        long started = System.nanoTime();
        Answer answer = null;
        try {
            answer = command.get();
        } catch (RuntimeException noAnswer) {
            // counted below as NO_ANSWER
        }
        longestMillis.accumulateAndGet((System.nanoTime() - started) / 1_000_000, Math::max);
        statuses.computeIfAbsent(answer == null ? NO_ANSWER : answer.status(), status -> new AtomicInteger())
                .incrementAndGet();
        outcomes.add(Outcome.of(answer, planId == null ? body(answer, "planId") : planId));
        return answer;
    }

    /**
     * One command's answer: its status (NO_ANSWER for none), the plan it was about (null when a plan was not made),
     * the correlation id the gateway gave it (what its event carries), its content type and Retry-After.
     */
    record Outcome(int status, String planId, String correlationId, String contentType, String retryAfter) {

        static Outcome of(Answer answer, String planId) {
            if (answer == null) {
                return new Outcome(NO_ANSWER, planId, null, null, null);
            }
            return new Outcome(answer.status(), planId, answer.header(CallerHeaders.CORRELATION_ID),
                    answer.header("Content-Type"), answer.header("Retry-After"));
        }

        boolean accepted() {
            return status >= 200 && status < 300;
        }
    }

    /** Every answer so far, in the order the commands were sent. */
    List<Outcome> outcomes() {
        return List.copyOf(outcomes);
    }

    private static String body(Answer answer, String field) {
        return answer != null && answer.status() == 201 ? answer.body().get(field).asText() : null;
    }

    /** How many commands were answered with each status so far. */
    Map<Integer, Integer> statuses() {
        Map<Integer, Integer> copy = new TreeMap<>();
        statuses.forEach((status, count) -> copy.put(status, count.get()));
        return copy;
    }

    int answered(int status) {
        AtomicInteger count = statuses.get(status);
        return count == null ? 0 : count.get();
    }

    /** The slowest answer so far. */
    Duration longest() {
        return Duration.ofMillis(longestMillis.get());
    }

    @Override
    public void close() {
        thread.stop();
    }
}
