package com.netfocus.planning.followup;

import com.netfocus.contracts.plan.FollowUp;
import com.netfocus.planning.checks.Violations;
import com.netfocus.planning.limits.PlanRules;
import com.netfocus.planning.limits.TextLimit;
import com.netfocus.planning.state.PlanState;

import java.time.LocalDate;
import java.util.Set;

import static com.netfocus.planning.checks.Violations.blank;

/**
 * The rules every follow-up keeps, whether scheduled on its own or promised at an event: one person (a known contact
 * of the org, or a name), an existing target if any, an action, and a due date from {@code earliest} (today, or the
 * day of the event) to at most {@code maxDays} after it.
 */
public final class FollowUpChecks {

    private final PlanState plan;
    private final Set<String> knownContactIds;
    private final int maxDays;
    private final TextLimit text;

    /** The checks of follow-ups in a command that names these of the org's contacts. */
    public FollowUpChecks(PlanState plan, Set<String> knownContactIds, PlanRules rules) {
        this.plan = plan;
        this.knownContactIds = knownContactIds;
        this.maxDays = rules.maxFollowUpDays();
        this.text = rules.text();
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
                .require(prefix + "followUpId", followUp.followUpId())
                .check(plan.followUp(followUp.followUpId()) == null, prefix + "followUpId",
                        "already exists in this plan")
                .check(hasContact || hasName, prefix + "personName", "give a contactId or the person's name")
                .check(!(hasContact && hasName), prefix + "contactId",
                        "give either a contactId or a personName, not both")
                .checkKnownContact(prefix + "contactId", followUp.contactId(),
                        hasContact && knownContactIds.contains(followUp.contactId()))
                // a blank name or action is refused as missing, not as too long as well
                .check(!hasName || text.fits(followUp.personName()), prefix + "personName", text.tooLong())
                .checkOptionalTarget(prefix + "targetId", followUp.targetId(), plan)
                .check(!blank(followUp.action()), prefix + "action", "say what you will do")
                .check(blank(followUp.action()) || text.fits(followUp.action()), prefix + "action", text.tooLong())
                .require(prefix + "dueOn", due);
        if (due != null && earliest != null) {
            violations
                    .check(!due.isBefore(earliest), prefix + "dueOn",
                            "must not be before " + earliestIs + " (" + earliest + ")")
                    .check(!due.isAfter(earliest.plusDays(maxDays)), prefix + "dueOn",
                            "must be within " + maxDays + " days of " + earliestIs + " (" + earliest + ")");
        }
    }
}
