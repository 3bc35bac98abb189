package com.netfocus.benchmarks.load;

/** One step of a plan's script: what to post, and whether the lag probes follow it. */
public record Command(Kind kind, String path, Object body, CatalogPlatform probePlatform) {

    public enum Kind { CREATE_PLAN, DEFINE_OBJECTIVE, IDENTIFY_TARGET, CHOOSE_PLATFORM, RECORD_ATTENDANCE }
}
