package com.netfocus.planning.publication;

import java.util.List;

/** Work for a plan's publication worker. */
sealed interface PublicationTask {

    String planId();

    /** Whether the task holds one of the plan's obligations, to be closed when it is done. */
    boolean holdsObligation();

    /** Events just committed, handed over from memory; {@code marks} is the mark count their append set. */
    record Committed(String planId, List<PlanRecord> records, long marks) implements PublicationTask {

        @Override
        public boolean holdsObligation() {
            return true;
        }
    }

    /** Publish whatever the store holds after the published sequence (recovery sweep, or an append rolled back). */
    record CatchUp(String planId, boolean holdsObligation) implements PublicationTask {
    }
}
