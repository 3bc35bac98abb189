package com.netfocus.planning.outreach;

import com.netfocus.contracts.caller.Caller;
import com.netfocus.planning.followup.FollowUpCompletions;
import com.netfocus.planning.followup.ReachedFollowUpCompleted;
import com.netfocus.planning.sending.PlanCommands;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

/**
 * Outreach: information gathering with people already known, by phone, e-mail or in person. Being in touch with a
 * person completes the follow-ups still open for them (see {@link FollowUpCompletions}): the answer names them.
 */
@RestController
@Tag(name = "Outreach", description = "Information gathering with people already known.")
class OutreachController {

    private final PlanCommands commands;
    private final FollowUpCompletions followUps;
    private final Clock clock;

    OutreachController(PlanCommands commands, FollowUpCompletions followUps, Clock clock) {
        this.commands = commands;
        this.followUps = followUps;
        this.clock = clock;
    }

    /** {@code version} is the plan's after the outreach and the follow-ups it completed. */
    public record Logged(String outreachId, List<String> completedFollowUpIds, long version) {
    }

    @PostMapping("/api/v1/plans/{planId}/outreach")
    @Operation(operationId = "logOutreach", summary = "Log information gathering with a known person",
            description = "By phone, e-mail or in person, with what was learned.")
    @ApiResponse(responseCode = "201", description = "Logged")
    public ResponseEntity<Logged> log(Caller caller, @PathVariable String planId,
                                      @Valid @RequestBody LogOutreachRequest request) {
        String outreachId = UUID.randomUUID().toString();
        long version = commands.send(planId, new LogOutreach(planId, outreachId, request.targetId(), request.channel(),
                request.happenedAt(), request.summary(), clock.instant()), caller);
        List<ReachedFollowUpCompleted> completed = followUps.completeReachedBy(planId, outreachId, caller);
        return ResponseEntity.status(HttpStatus.CREATED).body(new Logged(outreachId,
                completed.stream().map(ReachedFollowUpCompleted::followUpId).toList(),
                completed.isEmpty() ? version : completed.get(completed.size() - 1).version()));
    }
}
