package com.netfocus.planning.followup;

/** The answer to completing a follow-up an outreach reached: which one, and the plan's version after it. */
public record ReachedFollowUpCompleted(String followUpId, long version) {
}
