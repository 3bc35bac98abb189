package com.netfocus.planning.plan;

import com.netfocus.contracts.caller.Caller;
import com.netfocus.contracts.plan.PlanCreated;
import com.netfocus.support.problem.NotFoundException;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Reads plans for the API. The current plan comes through Axon's repository (cache, then snapshot plus newer events),
 * so reading does not replay the whole history; history and "as of" read the plan's own events by sequence.
 * A plan of another org is not found.
 */
@Component
public class PlanReader {

    private final Repository<NetworkingPlan> plans;
    private final EventStorageEngine events;

    public PlanReader(Repository<NetworkingPlan> plans, EventStorageEngine events) {
        this.plans = plans;
        this.events = events;
    }

    public PlanView current(String planId, Caller caller) {
        UnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(null);
        try {
            PlanView view = plans.load(planId).invoke(NetworkingPlan::view);
            unitOfWork.commit();
            return visible(view, planId, caller);
        } catch (AggregateNotFoundException e) {
            unitOfWork.rollback(e);
            throw new NotFoundException("plan", planId);
        } catch (RuntimeException e) {
            if (unitOfWork.isActive()) {
                unitOfWork.rollback(e);
            }
            throw e;
        }
    }

    public PlanView asOf(String planId, Instant moment, Caller caller) {
        List<? extends DomainEventMessage<?>> stored = stream(planId, caller);
        PlanState state = new PlanState();
        stored.stream().filter(event -> !event.getTimestamp().isAfter(moment)).forEach(state::apply);
        if (!state.exists()) {
            throw new NotFoundException("plan " + planId + " as of", moment.toString());
        }
        return state.view();
    }

    public List<HistoryEntry> history(String planId, Caller caller) {
        return stream(planId, caller).stream()
                .map(event -> new HistoryEntry(event.getSequenceNumber(), event.getPayloadType().getSimpleName(),
                        event.getTimestamp(), text(event, CallerMetaData.ACTOR),
                        text(event, CallerMetaData.CORRELATION_ID), event.getPayload()))
                .toList();
    }

    private List<? extends DomainEventMessage<?>> stream(String planId, Caller caller) {
        List<? extends DomainEventMessage<?>> stored = events.readEvents(planId, 0).asStream().toList();
        boolean visible = !stored.isEmpty() && stored.get(0).getPayload() instanceof PlanCreated created
                && Objects.equals(created.org(), caller.org());
        if (!visible) {
            throw new NotFoundException("plan", planId);
        }
        return stored;
    }

    private static PlanView visible(PlanView view, String planId, Caller caller) {
        if (!Objects.equals(view.org(), caller.org())) {
            throw new NotFoundException("plan", planId);
        }
        return view;
    }

    private static String text(DomainEventMessage<?> event, String key) {
        Object value = event.getMetaData().get(key);
        return value == null ? null : value.toString();
    }
}
