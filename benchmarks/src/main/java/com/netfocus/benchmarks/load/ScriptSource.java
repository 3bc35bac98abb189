package com.netfocus.benchmarks.load;

import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;

/** Where closed-loop clients take their next script from, each script to one client only. */
public interface ScriptSource {

    /** The next script, or null when there is none left. */
    Script next();

    /** The given scripts, each once, in order. */
    static ScriptSource of(List<? extends Script> scripts) {
        ConcurrentLinkedQueue<Script> queue = new ConcurrentLinkedQueue<>(scripts);
        return queue::poll;
    }
}
