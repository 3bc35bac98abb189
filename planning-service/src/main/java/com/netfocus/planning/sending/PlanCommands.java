package com.netfocus.planning.sending;

import com.netfocus.contracts.caller.Caller;
import com.netfocus.support.problem.NotFoundException;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Sends a command on behalf of the caller, whose identity, roles and correlation id travel as metadata (identity and
 * correlation id on to every event). The outcome is logged on the request's thread, so the line carries the
 * request's correlation id.
 */
@Component
public class PlanCommands {

    private static final Logger log = LoggerFactory.getLogger(PlanCommands.class);

    private final CommandGateway gateway;
    private final ConcurrencySettings concurrency;

    public PlanCommands(CommandGateway gateway, ConcurrencySettings concurrency) {
        this.gateway = gateway;
        this.concurrency = concurrency;
    }

    /**
     * Sends the command; one that lost a race for the plan (ConcurrencyException: nothing of it was stored, the
     * cached plan was evicted) is judged again on the plan as stored now, up to the configured retries, then 409.
     */
    public <R> R send(String planId, Object command, Caller caller) {
        for (int attempt = 0; ; attempt++) {
            try {
                return sendOnce(planId, command, caller);
            } catch (ConcurrencyException raced) {
                if (attempt >= concurrency.retries()) {
                    throw raced;
                }
                log.debug("{} on plan {}: another change came first; trying again on the stored plan",
                        command.getClass().getSimpleName(), planId);
            }
        }
    }

    private <R> R sendOnce(String planId, Object command, Caller caller) {
        String name = command.getClass().getSimpleName();
        try {
            R result = gateway.sendAndWait(command, CallerMetaData.of(caller));
            log.debug("{} on plan {} by {}: accepted", name, planId, caller.userId());
            return result;
        } catch (AggregateNotFoundException e) {
            log.debug("{} on plan {} by {}: no such plan", name, planId, caller.userId());
            throw new NotFoundException("plan", planId);
        } catch (RuntimeException e) {
            RuntimeException refusal = e instanceof CommandExecutionException
                    && e.getCause() instanceof RuntimeException cause ? cause : e;
            log.debug("{} on plan {} by {}: refused ({})", name, planId, caller.userId(), refusal.toString());
            throw refusal;
        }
    }
}
