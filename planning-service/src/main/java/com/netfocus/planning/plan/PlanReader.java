package com.netfocus.planning.plan;

import com.netfocus.contracts.caller.Caller;
import com.netfocus.contracts.plan.PlanEvent;
import com.netfocus.planning.sending.CallerMetaData;
import com.netfocus.planning.state.PlanState;
import com.netfocus.planning.view.PlanView;
import com.netfocus.planning.view.PlanViewRenderer;
import com.netfocus.planning.view.PlanViews;
import com.netfocus.support.access.Ownership;
import com.netfocus.support.access.ReadAccess;
import com.netfocus.support.consistency.PlanVersionWait;
import com.netfocus.support.problem.NotFoundException;
import org.axonframework.common.caching.Cache;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * Reads plans for the API. The current plan comes through Axon's repository (cache, then snapshot plus newer events),
 * so reading does not replay the whole history; history and "as of" read the plan's own events by sequence. Every
 * read is allowed by the shared {@link ReadAccess} first, and, when the client names a {@code minVersion}, waits
 * (bounded) until the plan has reached it ({@link PlanVersionWait}). This instance's cached copy of the plan can lag
 * behind a write another instance made, so a copy found behind is reloaded from the store until it has caught up.
 */
@Component
public class PlanReader implements PlanViews {

    private static final String PLAN = "plan";

    private final Repository<NetworkingPlan> plans;
    private final EventStorageEngine events;
    private final Cache planCache;
    private final PlanVersionWait versions;

    public PlanReader(Repository<NetworkingPlan> plans, EventStorageEngine events, Cache planCache,
                      PlanVersionWait versions) {
        this.plans = plans;
        this.events = events;
        this.planCache = planCache;
        this.versions = versions;
    }

    /** The plan now; with a {@code minVersion}, at least at that version. */
    @Override
    public PlanView current(String planId, Caller caller, Long minVersion) {
        return readable(planId, caller, minVersion, NetworkingPlan::view, PlanView::ownership, PlanView::version);
    }

    /** The plan rebuilt from the events stored up to {@code moment}. */
    public PlanView asOf(String planId, Instant moment, Caller caller, Long minVersion) {
        ensureReadable(planId, caller, minVersion);
        PlanState state = new PlanState();
        // the plan's events only, as the aggregate's one event sourcing handler takes them
        events.readEvents(planId, 0).asStream()
                .filter(event -> !event.getTimestamp().isAfter(moment))
                .filter(event -> event.getPayload() instanceof PlanEvent)
                .forEach(event -> state.apply((PlanEvent) event.getPayload(), event.getSequenceNumber()));
        if (!state.exists()) {
            throw new NotFoundException("plan " + planId + " as of", moment.toString());
        }
        return PlanViewRenderer.render(state);
    }

    /** One range of the plan's events in sequence order, and the number of events it has in all. */
    public HistoryPage history(String planId, Caller caller, HistoryRange range, Long minVersion) {
        Reached plan = ensureReadable(planId, caller, minVersion);
        List<HistoryEntry> items = events.readEvents(planId, range.fromSequence()).asStream()
                .limit(range.limit())
                .map(PlanReader::entry)
                .toList();
        return new HistoryPage(items, total(plan, items));
    }

    /**
     * The plan's version, as just read, tells how many events it has (an event stored since, read into the page,
     * counts too): asking the store for the plan's last sequence number would be a scan on the wire server.
     */
    private static long total(Reached plan, List<HistoryEntry> items) {
        long afterPage = items.isEmpty() ? 0 : items.get(items.size() - 1).sequence() + 1;
        return Math.max(plan.version() + 1, afterPage);
    }

    private Reached ensureReadable(String planId, Caller caller, Long minVersion) {
        return readable(planId, caller, minVersion, plan -> new Reached(plan.ownership(), plan.version()),
                Reached::ownership, Reached::version);
    }

    /**
     * What {@code read} takes from the plan, once the caller is allowed to read it and, with a {@code minVersion},
     * once the plan has reached it. A plan missing from the store does not exist (every write goes there first),
     * so it is not found at once rather than waited for.
     */
    private <R> R readable(String planId, Caller caller, Long minVersion, Function<NetworkingPlan, R> read,
                           Function<R, Ownership> ownership, ToLongFunction<R> version) {
        return versions.read(planId, minVersion,
                () -> Optional.of(load(planId, read)),
                () -> Optional.of(reload(planId, read)),
                version,
                found -> ReadAccess.ensureReadable(PLAN, planId, ownership.apply(found), caller));
    }

    /** Drops this instance's cached copy first, so that the plan is read from the store as it is now. */
    private <R> R reload(String planId, Function<NetworkingPlan, R> read) {
        planCache.remove(planId);
        return load(planId, read);
    }

    private <R> R load(String planId, Function<NetworkingPlan, R> read) {
        UnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(null);
        try {
            R result = plans.load(planId).invoke(read);
            unitOfWork.commit();
            return result;
        } catch (AggregateNotFoundException e) {
            unitOfWork.rollback(e);
            throw new NotFoundException(PLAN, planId);
        } catch (RuntimeException e) {
            if (unitOfWork.isActive()) {
                unitOfWork.rollback(e);
            }
            throw e;
        }
    }

    private static HistoryEntry entry(DomainEventMessage<?> event) {
        return new HistoryEntry(event.getSequenceNumber(), event.getPayloadType().getSimpleName(),
                event.getTimestamp(), text(event, CallerMetaData.ACTOR), text(event, CallerMetaData.CORRELATION_ID),
                event.getPayload());
    }

    private static String text(DomainEventMessage<?> event, String key) {
        Object value = event.getMetaData().get(key);
        return value == null ? null : value.toString();
    }

    /** Whose the plan is and how far it has come: all a read needs before it goes to the events. */
    private record Reached(Ownership ownership, long version) {
    }
}
