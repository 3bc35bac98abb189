package com.netfocus.planning.followup;

import com.netfocus.contracts.plan.FollowUp;
import com.netfocus.planning.plan.PlanState;
import com.netfocus.planning.plan.Violations;

import java.time.LocalDate;
import java.util.Set;

import static com.netfocus.planning.plan.Violations.blank;

/**
 * The rules every follow-up keeps, whether scheduled on its own or promised at an event: one person (a known contact
 * of the org, or a name), an existing target if any, an action, and a due date from {@code earliest} (today, or the
 * day of the event) to at most {@code maxDays} after it.
 */
public final class FollowUpChecks {

    private final PlanState plan;
    private final Set<String> knownContactIds;
    private final int maxDays;
    private final int maxTextLength;

    public FollowUpChecks(PlanState plan, Set<String> knownContactIds, int maxDays, int maxTextLength) {
        this.plan = plan;
        this.knownContactIds = knownContactIds;
        this.maxDays = maxDays;
        this.maxTextLength = maxTextLength;
    }

    /** Adds every broken rule of one follow-up; fields are named {@code prefix + field} (e.g. "followUps[0].dueOn"). */
    public void check(Violations violations, String prefix, FollowUp followUp, LocalDate earliest, String earliestIs) {
        if (followUp == null) {
            violations.check(false, prefix.isEmpty() ? "followUp" : prefix.substring(0, prefix.length() - 1),
                    "must not be empty");
            return;
        }
        boolean hasContact = !blank(followUp.contactId());
        boolean hasName = !blank(followUp.personName());
        LocalDate due = followUp.dueOn();
        violations
                .check(!blank(followUp.followUpId()), prefix + "followUpId", "must be given")
                .check(plan.followUp(followUp.followUpId()) == null, prefix + "followUpId",
                        "already exists in this plan")
                .check(hasContact || hasName, prefix + "personName", "give a contactId or the person's name")
                .check(!(hasContact && hasName), prefix + "contactId", "give either a contactId or a personName, not both")
                .check(!hasContact || knownContactIds.contains(followUp.contactId()), prefix + "contactId",
                        "no contact " + followUp.contactId() + " in your org's contacts")
                .check(!hasName || followUp.personName().length() <= maxTextLength, prefix + "personName",
                        "must be at most " + maxTextLength + " characters")
                .check(followUp.targetId() == null || plan.hasTarget(followUp.targetId()), prefix + "targetId",
                        "no target " + followUp.targetId() + " in this plan")
                .check(!blank(followUp.action()), prefix + "action", "say what you will do")
                .check(blank(followUp.action()) || followUp.action().length() <= maxTextLength, prefix + "action",
                        "must be at most " + maxTextLength + " characters")
                .check(due != null, prefix + "dueOn", "must be given");
        if (due != null && earliest != null) {
            violations
                    .check(!due.isBefore(earliest), prefix + "dueOn",
                            "must not be before " + earliestIs + " (" + earliest + ")")
                    .check(!due.isAfter(earliest.plusDays(maxDays)), prefix + "dueOn",
                            "must be within " + maxDays + " days of " + earliestIs + " (" + earliest + ")");
        }
    }
}
