package com.netfocus.planning.eventstore;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.modelling.command.ConcurrencyException;

import java.util.HashMap;
import java.util.Map;

/**
 * A command is judged on this instance's cached copy of its plan without first asking the store whether the copy is
 * current; only a refusal is checked. An accepted command needs no check: its events follow the copy's version, and
 * if another instance appended since, the store's unique (plan, sequence) key refuses the append as a concurrency
 * clash, and the command is judged again on the stored plan. A refusal appends nothing, so a refusal judged on a copy
 * the store has moved past is turned into that same clash: judged again, never refused on an outdated copy. Reads,
 * which have no append to catch it, still check the copy first ({@link CurrentPlanCache}).
 *
 * <p>Axon's Spring configuration registers this interceptor (a bean) on the command bus; while it handles a command,
 * the cache serves copies unchecked and notes each one's version here.
 */
public class RefusalsOnCurrentPlans implements MessageHandlerInterceptor<CommandMessage<?>> {

    private static final String SERVED_COPIES = RefusalsOnCurrentPlans.class.getName() + ".servedCopies";

    private final StoredPlanVersions store;

    public RefusalsOnCurrentPlans(StoredPlanVersions store) {
        this.store = store;
    }

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain)
            throws Exception {
        Map<String, Long> served = new HashMap<>();
        unitOfWork.resources().put(SERVED_COPIES, served);
        try {
            return chain.proceed();
        } catch (ConcurrencyException raced) {
            throw raced;
        } catch (Exception refusal) {
            for (Map.Entry<String, Long> copy : served.entrySet()) {
                if (store.hasEventAfter(copy.getKey(), copy.getValue())) {
                    throw new ConcurrencyException("plan " + copy.getKey() + " moved on in the store since version "
                            + copy.getValue() + " of the copy the command was refused on", refusal);
                }
            }
            throw refusal;
        }
    }

    /**
     * Where the copies served to the command being handled are noted, plan by version; null outside a command this
     * interceptor handles (a read, which checks its copy first).
     */
    static Map<String, Long> servedCopies() {
        return CurrentUnitOfWork.isStarted() ? CurrentUnitOfWork.get().getResource(SERVED_COPIES) : null;
    }
}
