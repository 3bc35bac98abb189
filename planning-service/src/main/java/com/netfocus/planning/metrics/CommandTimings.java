package com.netfocus.planning.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Command latency ({@code netfocus.command}, Prometheus {@code netfocus_command_seconds}): the time each command spends
 * in its handler on the command bus (loading the plan and applying its rules; the append follows when the unit of work commits), one timer per command
 * type, tagged with whether it was accepted or refused (an exception, e.g. a broken rule). Axon's Spring Boot
 * configuration registers every command handler interceptor bean on the command bus.
 */
@Component
class CommandTimings implements MessageHandlerInterceptor<CommandMessage<?>> {

    static final String METER = "netfocus.command";

    private final MeterRegistry registry;
    /** The timers by command type and outcome: built once each, not looked up in the registry per command. */
    private final Map<String, Timer> timers = new ConcurrentHashMap<>();

    CommandTimings(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        String command = unitOfWork.getMessage().getPayloadType().getSimpleName();
        Timer.Sample sample = Timer.start(registry);
        String outcome = "refused";
        try {
            Object result = chain.proceed();
            outcome = "accepted";
            return result;
        } finally {
            sample.stop(timer(command, outcome));
        }
    }

    private Timer timer(String command, String outcome) {
        return timers.computeIfAbsent(command + " " + outcome, key -> Timer.builder(METER)
                .description("time a command spends in its handler")
                .tag("command", command)
                .tag("outcome", outcome)
                .publishPercentiles(0.5, 0.99)
                .register(registry));
    }
}
