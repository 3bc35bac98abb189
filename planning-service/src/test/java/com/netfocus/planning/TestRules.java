package com.netfocus.planning;

import com.netfocus.contracts.plan.FollowUp;
import com.netfocus.contracts.plan.PersonMet;
import com.netfocus.planning.erasure.PersonalFieldSealing;
import com.netfocus.planning.limits.ListLimits;
import com.netfocus.planning.limits.PlanRules;
import com.netfocus.planning.limits.SmartRules;

import java.time.Duration;
import java.util.List;

/** The rules the unit tests run with (the same numbers as application.yml, a shorter vocabulary). */
public final class TestRules {

    private TestRules() {
    }

    public static SmartRules smart() {
        return new SmartRules(1000, 2.0, 14,
                List.of("i don t know", "just networking", "meet new people", "boss told me", "tell my story",
                        "story to strangers", "serving shrimp", "shrimp", "free drinks"),
                List.of("cfo", "cio", "director", "procurement", "hospital", "engineer", "buyer", "human resources",
                        "member", "club"));
    }

    public static PlanRules plan() {
        return new PlanRules(50, 2000, 3, 240, 24, 100, 2000, Duration.ofMinutes(5), 365, 360, 360, 36, 100,
                new ListLimits(200, 50, 20), smart());
    }

    /**
     * Leaves personal fields as they are: the rules' fixture tests compare events by value, and a sealed value differs
     * at every seal (random IV). Sealing itself is tested in ErasureRulesTest with a real vault.
     */
    public static PersonalFieldSealing unsealed() {
        return new PersonalFieldSealing() {
            @Override
            public List<PersonMet> people(List<PersonMet> people) {
                return people;
            }

            @Override
            public List<FollowUp> followUps(List<FollowUp> followUps) {
                return followUps;
            }
        };
    }
}
