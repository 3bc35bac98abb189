package com.netfocus.benchmarks.load;

/** One step of a plan's script: what to post, and whether the lag probes follow it. */
public record Command(Kind kind, String path, Object body, CatalogPlatform probePlatform) {

    /** A plan's commands, and the two of the minimal Axon app the benchmark sets Netfocus beside. */
    public enum Kind {
        CREATE_PLAN, DEFINE_OBJECTIVE, IDENTIFY_TARGET, CHOOSE_PLATFORM, RECORD_ATTENDANCE, CREATE_TALLY, ADD_TO_TALLY
    }
}
