package com.netfocus.planning.objective;

import com.netfocus.contracts.plan.SmartVerdict;
import com.netfocus.contracts.plan.SmartVerdicts;
import com.netfocus.planning.TestRules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class SmartAssessmentTest {

    private static final LocalDate TODAY = LocalDate.of(2030, 3, 1);
    private static final PlanFrame PLAN = new PlanFrame(LocalDate.of(2030, 1, 1), LocalDate.of(2030, 12, 31), 40.0);
    private final SmartAssessment assessment = new SmartAssessment(TestRules.smart());

    private SmartVerdicts assess(String statement, String metric, Integer target, LocalDate deadline) {
        return assessment.assess(new ObjectiveDraft(statement, "a pilot deal", metric, target, deadline), PLAN, TODAY);
    }

    @Test
    void aFocusedObjectivePassesEveryCriterion() {
        SmartVerdicts smart = assess("Learn how hospital CFOs choose billing software", "CFOs met", 20,
                LocalDate.of(2030, 6, 30));

        assertThat(smart.specific().ok()).isTrue();
        assertThat(smart.measurable().ok()).isTrue();
        assertThat(smart.achievable().ok()).isTrue();
        assertThat(smart.realistic().ok()).isTrue();
        assertThat(smart.timely().ok()).isTrue();
        assertThat(SmartRefusals.of(smart, "CFOs met")).isEmpty();
        assertThat(smart.warnings()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"I don't know, I'm just networking", "To meet new people!", "My BOSS told me to do it.",
            "to tell my story to strangers", "I heard they're serving shrimp", "i dont know... just NETWORKING",
            "meet new people in procurement"})
    void unfocusedReasonsAreNotSpecific(String statement) {
        SmartVerdict specific = assessment.specific(statement);

        assertThat(specific.ok()).isFalse();
        assertThat(specific.reason()).contains("unfocused");
    }

    @Test
    void aStatementNamingNoKindOfPeopleIsNotSpecific() {
        SmartVerdict specific = assessment.specific("grow my business this year");

        assertThat(specific.ok()).isFalse();
        assertThat(specific.reason()).contains("kind of people");
    }

    @Test
    void aGroupOfPeopleOrAPluralRoleCountsAsPeople() {
        assertThat(assessment.specific("get introduced to members of the Rotary club").ok()).isTrue();
        assertThat(assessment.specific("learn what procurement directors expect").ok()).isTrue();
        assertThat(assessment.specific("learn what engineers need").ok()).isTrue();
    }

    @Test
    void aCapitalisedWordIsNotAGroupOfPeople() {
        SmartVerdict place = assessment.specific("Dinner at the Hilton with Acme");

        assertThat(place.ok()).isFalse();
        assertThat(place.reason()).contains("kind of people", "says where, not whom");
        assertThat(assessment.specific("Free drinks at the Hilton").reason()).contains("unfocused");
    }

    @Test
    void aBlankStatementIsNotSpecific() {
        assertThat(assessment.specific("  ").ok()).isFalse();
        assertThat(assessment.specific(null).ok()).isFalse();
    }

    @Test
    void measurableNeedsAMetricAndACredibleTarget() {
        assertThat(assessment.measurable("", 10).ok()).isFalse();
        assertThat(assessment.measurable("CFOs met", 0).ok()).isFalse();
        assertThat(assessment.measurable("CFOs met", -3).ok()).isFalse();
        assertThat(assessment.measurable("CFOs met", null).ok()).isFalse();
        SmartVerdict absurd = assessment.measurable("CFOs met", 1_000_000);
        assertThat(absurd.ok()).isFalse();
        assertThat(absurd.reason()).contains("not credible");
        assertThat(assessment.measurable("CFOs met", 1000).ok()).isTrue();
    }

    @Test
    void achievableComparesTheTargetWithTheHoursBudget() {
        assertThat(assessment.achievable(80, 40.0).ok()).isTrue();
        SmartVerdict tooMany = assessment.achievable(81, 40.0);
        assertThat(tooMany.ok()).isFalse();
        assertThat(tooMany.reason()).contains("40 budgeted hours");
        assertThat(assessment.achievable(81, null).ok()).isTrue();
    }

    @Test
    void realisticNeedsEnoughDaysFromPlanStartOrToday() {
        assertThat(assessment.realistic(TODAY.plusDays(14), PLAN.periodStart(), TODAY).ok()).isTrue();
        assertThat(assessment.realistic(TODAY.plusDays(13), PLAN.periodStart(), TODAY).ok()).isFalse();
        LocalDate laterStart = TODAY.plusDays(30);
        assertThat(assessment.realistic(laterStart.plusDays(10), laterStart, TODAY).ok()).isFalse();
    }

    @Test
    void timelyNeedsAFutureDeadlineInsideThePlanPeriod() {
        assertThat(assessment.timely(TODAY.plusDays(1), PLAN, TODAY).ok()).isTrue();
        assertThat(assessment.timely(TODAY, PLAN, TODAY).ok()).isFalse();
        assertThat(assessment.timely(LocalDate.of(2031, 1, 5), PLAN, TODAY).reason()).contains("outside the plan period");
        assertThat(assessment.timely(null, PLAN, TODAY).ok()).isFalse();
    }

    @Test
    void refusalsListEveryHardFailureAndWarningsTheSoftOnes() {
        SmartVerdicts smart = assess("just networking", "", 5000, TODAY.minusDays(1));

        assertThat(SmartRefusals.of(smart, "")).extracting(e -> e.field()).containsExactly("statement", "metric", "deadline");
        assertThat(smart.warnings()).hasSize(2);
    }
}
