package com.netfocus.benchmarks.phase;

/** The suite's goals, in the order the report lists their figures (each beside its baseline from the same run). */
enum Goal {
    DIRECT_VS_MINIMAL_APP,
    DIRECT_VS_RAW_INSERTS,
    GATEWAY_VS_DIRECT,
    GATEWAY_ADDED_P99,
    PLANNING_CPU_PER_COMMAND,
    PROJECTION_LAG,
    REPLAY,
    CLIENT_CURVE,
    TWO_INSTANCES,
    STORE_GROWTH,
    /** Every measured phase without a non-2xx answer: one with any is a MISS (its data or the suite went wrong). */
    NO_ERRORS
}
