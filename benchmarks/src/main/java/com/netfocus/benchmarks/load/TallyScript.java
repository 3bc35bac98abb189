package com.netfocus.benchmarks.load;

import java.util.Map;

/**
 * The minimal Axon app's counterpart of a plan: create a tally, then add to it, as many commands in all as a plan
 * has, so that the app is driven by the same closed loop, the same clients and the same commands per aggregate as
 * Netfocus.
 */
public final class TallyScript implements Script {

    private final int commands;
    private int sent;
    private String tallyId;
    private boolean failed;

    public TallyScript(int commands) {
        this.commands = commands;
    }

    @Override
    public Rep rep() {
        return null;
    }

    @Override
    public boolean done() {
        return failed || sent >= commands;
    }

    @Override
    public Command next() {
        if (tallyId == null) {
            return new Command(Command.Kind.CREATE_TALLY, "/tallies", Map.of(), null);
        }
        return new Command(Command.Kind.ADD_TO_TALLY, "/tallies/" + tallyId + "/additions", Map.of("amount", 1), null);
    }

    @Override
    public void accept(Command command, Answer answer) {
        sent++;
        if (!answer.ok()) {
            failed = true;
        } else if (command.kind() == Command.Kind.CREATE_TALLY) {
            tallyId = answer.text("tallyId");
        }
    }
}
