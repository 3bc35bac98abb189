package com.netfocus.planning.followup;

import com.netfocus.contracts.caller.Caller;
import com.netfocus.planning.sending.PlanCommands;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/**
 * Completes the follow-ups an outreach reached (see {@link com.netfocus.planning.state.FollowUpEntry}): one command
 * and one event per follow-up, until none is left. Called right after the outreach is logged, and again by
 * {@link OutreachCompletion} from the plan events topic, which completes what a process stopped in between left open;
 * a follow-up completed already is not completed again.
 */
@Component
public class FollowUpCompletions {

    private final PlanCommands commands;

    FollowUpCompletions(PlanCommands commands) {
        this.commands = commands;
    }

    /** The follow-ups completed now, in the plan's order, each with the plan's version after it. */
    public List<ReachedFollowUpCompleted> completeReachedBy(String planId, String outreachId, Caller caller) {
        List<ReachedFollowUpCompleted> completed = new ArrayList<>();
        for (ReachedFollowUpCompleted next = next(planId, outreachId, caller); next != null;
             next = next(planId, outreachId, caller)) {
            completed.add(next);
        }
        return completed;
    }

    private ReachedFollowUpCompleted next(String planId, String outreachId, Caller caller) {
        return commands.send(planId, new CompleteReachedFollowUp(planId, outreachId), caller);
    }
}
