package com.netfocus.contracts.plan;

/** One SMART criterion of an objective: met or not, and why, in words a rep can act on. */
public record SmartVerdict(boolean ok, String reason) {

    public static SmartVerdict met(String reason) {
        return new SmartVerdict(true, reason);
    }

    public static SmartVerdict failed(String reason) {
        return new SmartVerdict(false, reason);
    }
}
