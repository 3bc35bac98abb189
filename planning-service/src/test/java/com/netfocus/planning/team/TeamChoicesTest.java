package com.netfocus.planning.team;

import com.netfocus.contracts.plan.PlanClosed;
import com.netfocus.contracts.plan.PlanCreated;
import com.netfocus.contracts.plan.PlanEvent;
import com.netfocus.contracts.plan.PlanEventCodec;
import com.netfocus.contracts.plan.PlatformChosen;
import com.netfocus.contracts.plan.PlatformWithdrawn;
import com.netfocus.contracts.plan.TargetIdentified;
import com.netfocus.contracts.plan.TargetProfile;
import com.netfocus.contracts.plan.TargetRetired;
import com.netfocus.contracts.plan.UnreadableEventException;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** How a team's choices follow its plans' events, and whom a choice finds at a platform. */
class TeamChoicesTest {

    private static final Instant AT = Instant.parse("2031-05-01T16:00:00Z");
    private static final TargetProfile CFO = new TargetProfile("CFO", null, "Banking");

    @Test
    void aTeammatesChoiceNamesTheProfilesItWasMadeForUntilWithdrawnRetiredOrClosed() {
        TeamChoices team = applied(TeamChoices.empty("acme", "north"), "plan-a", "ana",
                new TargetIdentified("plan-a", "t1", "o1", null, CFO, 1, "w"),
                new TargetIdentified("plan-a", "t2", "o1", null, new TargetProfile("CTO", null, null), 2, "w"),
                new TargetIdentified("plan-a", "t3", "o1", "contact-1", null, 1, "w"),
                chosen("plan-a", "breakfast", "t1", "t2", "t3"),
                chosen("plan-a", "forum", "t2"));

        assertThat(team.at("breakfast", "ben")).containsExactly(new TeammateChoice("ana", "plan-a",
                List.of(CFO, new TargetProfile("CTO", null, null))));
        assertThat(team.at("breakfast", "ana")).as("one's own plans are no teammates").isEmpty();
        assertThat(team.at("lunch", "ben")).isEmpty();

        TeamChoices changed = applied(team, "plan-a", 6, new TargetRetired("plan-a", "t2", "found one"),
                new PlatformWithdrawn("plan-a", "forum", null));
        assertThat(changed.at("breakfast", "ben")).containsExactly(new TeammateChoice("ana", "plan-a", List.of(CFO)));
        assertThat(changed.at("forum", "ben")).isEmpty();
        assertThat(changed.changedSince(team)).containsOnlyKeys("plan-a");

        TeamChoices closed = applied(changed, "plan-a", 8, new PlanClosed("plan-a", null, "done"));
        assertThat(closed.at("breakfast", "ben")).isEmpty();
    }

    @Test
    void aRedeliveredEventChangesNothingAndAnUnreadableOneThrows() {
        TeamChoices team = applied(TeamChoices.empty("acme", "north"), "plan-a", "ana",
                new TargetIdentified("plan-a", "t1", "o1", null, CFO, 1, "w"));
        PlanEvent again = new TargetIdentified("plan-a", "t1", "o1", null, CFO, 1, "w");

        assertThat(team.applied(PlanEventCodec.envelope("e", 1, AT, "ana", "acme", "north", "c", again), again))
                .isSameAs(team);
        PlanEvent nameless = new PlatformWithdrawn("plan-a", " ", null);
        assertThatThrownBy(() -> team.applied(PlanEventCodec.envelope("e", 2, AT, "ana", "acme", "north", "c",
                nameless), nameless)).isInstanceOf(UnreadableEventException.class);
        assertThat(TeamChoices.keyOf("a/b", "c")).isNotEqualTo(TeamChoices.keyOf("a", "b/c"));
    }

    /** The plan created (sequence 0) by its owner, then the events. */
    private static TeamChoices applied(TeamChoices team, String planId, String owner, PlanEvent... events) {
        TeamChoices created = applied(team, planId, 0, new PlanCreated(planId, "Q2", LocalDate.parse("2031-04-01"),
                LocalDate.parse("2031-06-30"), 20, owner, "acme", "north"));
        return applied(created, planId, 1, events);
    }

    private static TeamChoices applied(TeamChoices team, String planId, long firstSequence, PlanEvent... events) {
        long sequence = firstSequence;
        for (PlanEvent event : events) {
            team = team.applied(PlanEventCodec.envelope("event-" + sequence, sequence, AT, "someone", "acme", "north",
                    "c", event), event);
            sequence++;
        }
        return team;
    }

    private static PlatformChosen chosen(String planId, String platformId, String... targetIds) {
        return new PlatformChosen(planId, platformId, platformId, List.of(targetIds), AT, AT.plusSeconds(3600), 0, 0,
                1);
    }
}
