package com.netfocus.benchmarks.load;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * As many scripts as the clients take, made on demand (the {@code i}-th by {@code make}), for loops that run for a
 * time rather than over a fixed number of plans. Keeps what it handed out: the plans then exist, and later phases
 * query them.
 */
public final class EndlessScripts<S extends Script> implements ScriptSource {

    private final IntFunction<S> make;
    private final List<S> handedOut = new ArrayList<>();

    public EndlessScripts(IntFunction<S> make) {
        this.make = make;
    }

    /** Plans of the given reps in turn, each rep opening one plan after another. */
    public static EndlessScripts<PlanScript> plans(Org org, List<Rep> reps, PlanScript.Scale scale) {
        return new EndlessScripts<>(i -> new PlanScript(org, reps.get(i % reps.size()), scale, null));
    }

    @Override
    public synchronized S next() {
        S script = make.apply(handedOut.size());
        handedOut.add(script);
        return script;
    }

    public synchronized List<S> handedOut() {
        return List.copyOf(handedOut);
    }
}
