package com.netfocus.benchmarks.baseline.minimalapp;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** The minimal app's one aggregate: created by a command, changed by one other, each change one event. */
@Aggregate(cache = "tallyCache")
public class Tally {

    @AggregateIdentifier
    private String tallyId;
    private long total;

    protected Tally() {
        // Axon creates an empty aggregate to source it from its events
    }

    @CommandHandler
    public Tally(CreateTally command) {
        apply(new TallyChanged(command.tallyId(), 0));
    }

    @CommandHandler
    public void handle(AddToTally command) {
        apply(new TallyChanged(tallyId, command.amount()));
    }

    @EventSourcingHandler
    void on(TallyChanged event) {
        tallyId = event.tallyId();
        total += event.amount();
    }
}
