package com.netfocus.planning.plan;

import com.netfocus.contracts.caller.Caller;
import com.netfocus.support.problem.NotFoundException;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.springframework.stereotype.Component;

/** Sends a command on behalf of the caller, whose identity and correlation id travel as metadata to every event. */
@Component
public class PlanCommands {

    private final CommandGateway gateway;

    public PlanCommands(CommandGateway gateway) {
        this.gateway = gateway;
    }

    public <R> R send(String planId, Object command, Caller caller) {
        try {
            return gateway.sendAndWait(command, CallerMetaData.of(caller));
        } catch (AggregateNotFoundException e) {
            throw new NotFoundException("plan", planId);
        } catch (CommandExecutionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }
}
