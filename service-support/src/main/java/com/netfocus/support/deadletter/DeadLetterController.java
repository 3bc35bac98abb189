package com.netfocus.support.deadletter;

import com.netfocus.contracts.caller.Caller;
import com.netfocus.contracts.caller.Roles;
import com.netfocus.contracts.plan.UnreadableEventException;
import com.netfocus.support.access.RequiresRole;
import com.netfocus.support.paging.PageOf;
import com.netfocus.support.paging.PageRequestCheck;
import com.netfocus.support.paging.PagingProperties;
import com.netfocus.support.planevents.PlanEventBatchListener;
import com.netfocus.support.planevents.PlanEventsErrorHandling;
import com.netfocus.support.problem.NotFoundException;
import com.netfocus.support.problem.RejectedInputException;
import com.netfocus.support.problem.ServiceUnavailableException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.ConcurrentModificationException;

/**
 * The dead letters of a projection service, for its org's admins: list them, and replay one through the same
 * projections the consumer uses once its cause is fixed (a new version of the service, a repaired reference). A replay that
 * applies removes the dead letter; one that fails again keeps it, with the new reason, and answers 422.
 *
 * <p>Org scope: a dead letter belongs to the org its record's envelope names. One whose org cannot be read (the
 * record is not even an envelope) is shown to no tenant's admin: it might be anybody's data. It stays in the
 * {@code dead_letters} collection, where operators find it (and its position in the service's log line).
 */
@RestController
@RequestMapping("${" + DeadLetterController.PATH_PROPERTY + ":/api/v1/dead-letters}")
@Tag(name = "Dead letters", description = "Plan events a projection service could never apply, and their replay.")
public class DeadLetterController {

    /**
     * Where a service serves its dead letters. Each projection service names its own
     * ({@code /api/v1/dead-letters/catalog}, {@code /api/v1/dead-letters/contact}), so that the gateway routes them
     * by path to the service whose consumer they belong to, without rewriting the path.
     */
    public static final String PATH_PROPERTY = "netfocus.dead-letters.path";

    private final DeadLetterStore store;
    private final PlanEventBatchListener consumer;
    private final DeadLetterProperties properties;
    private final PagingProperties paging;

    public DeadLetterController(DeadLetterStore store, PlanEventBatchListener consumer,
                                DeadLetterProperties properties) {
        this.store = store;
        this.consumer = consumer;
        this.properties = properties;
        this.paging = new PagingProperties(properties.defaultPageSize(), properties.maxPageSize(),
                properties.maxOffset());
    }

    @GetMapping
    @RequiresRole(Roles.ADMIN)
    @Operation(operationId = "listDeadLetters", summary = "The service's dead letters of the caller's org",
            description = "Plan events this service's consumer could never apply (unreadable, or refused by a "
                    + "projection), oldest first, each with its Kafka position, key, raw value (base64), reason, "
                    + "first-seen time and consumer group. A record whose org cannot be read is listed to no org.")
    @ApiResponse(responseCode = "200", description = "One page")
    PageOf<DeadLetter> list(Caller caller, @RequestParam(defaultValue = "0") int page,
                            @RequestParam(required = false) Integer size) {
        int pageSize = PageRequestCheck.checkedSize(page, size, paging);
        return new PageOf<>(store.ofOrg(caller.org(), page, pageSize), page, pageSize, store.countOfOrg(caller.org()));
    }

    @PostMapping("/{deadLetterId}/replay")
    @RequiresRole(Roles.ADMIN)
    @Operation(operationId = "replayDeadLetter", summary = "Apply one dead letter again through the projections",
            description = "On success the dead letter is removed. If it fails again it stays, with the new reason. "
                    + "Projections are idempotent: an event applied already changes nothing.")
    @ApiResponse(responseCode = "200", description = "Applied and removed")
    @ApiResponse(responseCode = "422", description = "It failed again; the dead letter stays, with the new reason.")
    ReplayOutcome replay(Caller caller, @PathVariable("deadLetterId") String id) {
        DeadLetter letter = store.find(id).filter(found -> caller.org().equals(found.org()))
                .orElseThrow(() -> new NotFoundException("dead letter", id));
        try {
            replay(new ConsumerRecord<>(letter.topic(), letter.partition(), letter.offset(), letter.key(),
                    DeadLetterStore.rawValue(letter)));
        } catch (UnreadableEventException stillUnreadable) {
            String reason = PlanEventsErrorHandling.reasonOf(stillUnreadable);
            store.failedAgain(id, reason);
            throw new RejectedInputException("deadLetter", "replay failed again: " + reason);
        }
        store.remove(id);
        return new ReplayOutcome(id, true);
    }

    /**
     * The record through the consumer's projections; tried again when the consumer wrote one of its documents
     * meanwhile (the projections' compare-and-set refused the replay's write), as the consumer retries its polls.
     */
    private void replay(ConsumerRecord<String, byte[]> record) {
        for (int attempt = 1; ; attempt++) {
            try {
                consumer.replay(record);
                return;
            } catch (ConcurrentModificationException meanwhile) {
                if (attempt >= properties.replayAttempts()) {
                    throw new ServiceUnavailableException("the record's documents are being written; try again",
                            (int) properties.replayRetryAfter().toSeconds(), meanwhile);
                }
            }
        }
    }

    /** The answer of a replay that applied the record. */
    public record ReplayOutcome(@Schema(description = "The dead letter's id", example = DeadLetter.EXAMPLE_ID) String id,
                                boolean replayed) {
    }
}
