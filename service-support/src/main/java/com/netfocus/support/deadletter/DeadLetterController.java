package com.netfocus.support.deadletter;

import com.netfocus.contracts.caller.Caller;
import com.netfocus.contracts.caller.Roles;
import com.netfocus.contracts.plan.UnreadableEventException;
import com.netfocus.support.access.RequiresRole;
import com.netfocus.support.paging.PageOf;
import com.netfocus.support.paging.PageRequestCheck;
import com.netfocus.support.paging.PagingProperties;
import com.netfocus.support.planevents.PlanEventRecordListener;
import com.netfocus.support.planevents.PlanEventsErrorHandling;
import com.netfocus.support.problem.NotFoundException;
import com.netfocus.support.problem.RejectedInputException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The dead letters of a projection service, for its org's admins: list them, and replay one through the same fan-out
 * the consumer uses once its cause is fixed (a new version of the service, a repaired reference). A replay that
 * applies removes the dead letter; one that fails again keeps it, with the new reason, and answers 422.
 *
 * <p>Org scope: a dead letter belongs to the org its record's envelope names. One whose org cannot be read (the
 * record is not even an envelope) is shown to no tenant's admin: it might be anybody's data. It stays in the
 * {@code dead_letters} collection, where operators find it (and its position in the service's log line).
 */
@RestController
@RequestMapping("${" + DeadLetterController.PATH_PROPERTY + ":/api/v1/dead-letters}")
public class DeadLetterController {

    /**
     * Where a service serves its dead letters. Each projection service names its own
     * ({@code /api/v1/dead-letters/catalog}, {@code /api/v1/dead-letters/contact}), so that the gateway routes them
     * by path to the service whose consumer they belong to, without rewriting the path.
     */
    public static final String PATH_PROPERTY = "netfocus.dead-letters.path";

    private final DeadLetterStore store;
    private final PlanEventRecordListener records;
    private final PagingProperties paging;

    public DeadLetterController(DeadLetterStore store, PlanEventRecordListener records,
                                DeadLetterProperties properties) {
        this.store = store;
        this.records = records;
        this.paging = new PagingProperties(properties.defaultPageSize(), properties.maxPageSize(),
                properties.maxOffset());
    }

    @GetMapping
    @RequiresRole(Roles.ADMIN)
    PageOf<DeadLetter> list(Caller caller, @RequestParam(defaultValue = "0") int page,
                            @RequestParam(required = false) Integer size) {
        int pageSize = PageRequestCheck.checkedSize(page, size, paging);
        return new PageOf<>(store.ofOrg(caller.org(), page, pageSize), page, pageSize, store.countOfOrg(caller.org()));
    }

    @PostMapping("/{deadLetterId}/replay")
    @RequiresRole(Roles.ADMIN)
    ReplayOutcome replay(Caller caller, @PathVariable("deadLetterId") String id) {
        DeadLetter letter = store.find(id).filter(found -> caller.org().equals(found.org()))
                .orElseThrow(() -> new NotFoundException("dead letter", id));
        try {
            records.onMessage(new ConsumerRecord<>(letter.topic(), letter.partition(), letter.offset(), letter.key(),
                    DeadLetterStore.rawValue(letter)));
        } catch (UnreadableEventException stillUnreadable) {
            String reason = PlanEventsErrorHandling.reasonOf(stillUnreadable);
            store.failedAgain(id, reason);
            throw new RejectedInputException("deadLetter", "replay failed again: " + reason);
        }
        store.remove(id);
        return new ReplayOutcome(id, true);
    }

    /** The answer of a replay that applied the record. */
    public record ReplayOutcome(String id, boolean replayed) {
    }
}
