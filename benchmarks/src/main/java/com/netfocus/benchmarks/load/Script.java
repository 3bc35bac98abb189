package com.netfocus.benchmarks.load;

/**
 * What a closed-loop client drives: one aggregate's commands, each sent after the previous one was answered (a
 * command may need ids from earlier answers). A Netfocus plan, or the minimal Axon app's tally.
 */
public interface Script {

    /** Whom the commands are sent as; null where the target checks no caller. */
    Rep rep();

    /** True when every command was sent, or one was refused (the rest would depend on it). */
    boolean done();

    Command next();

    /** Takes the answer of the command just sent. */
    void accept(Command command, Answer answer);
}
