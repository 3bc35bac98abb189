package com.netfocus.planning.planlist;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A list's filters and order, and the ids of a scope's directory and buckets. */
class PlanListFilterTest {

    private static final ListEntry SPRING = new ListEntry("p1", ListStatus.OPEN, LocalDate.of(2030, 3, 1),
            LocalDate.of(2030, 5, 31), "Hospitals in spring");
    private static final ListEntry YEAR = new ListEntry("p2", ListStatus.OPEN, LocalDate.of(2030, 1, 1),
            LocalDate.of(2030, 12, 31), "Retail grocers, Nordic");
    private static final ListEntry NEXT_YEAR = new ListEntry("p3", ListStatus.OPEN, LocalDate.of(2031, 1, 1),
            LocalDate.of(2031, 12, 31), "Hospitals 2031");

    @Test
    void theLatestPeriodComesFirst() {
        assertThat(new PlanListFilter(null, null).apply(List.of(YEAR, SPRING, NEXT_YEAR)))
                .containsExactly(NEXT_YEAR, SPRING, YEAR);
    }

    @Test
    void activeOnKeepsThePlansWhosePeriodHoldsTheDayBothEndsIncluded() {
        assertThat(new PlanListFilter(LocalDate.of(2030, 3, 1), null).apply(List.of(YEAR, SPRING, NEXT_YEAR)))
                .containsExactly(SPRING, YEAR);
        assertThat(new PlanListFilter(LocalDate.of(2030, 12, 31), null).apply(List.of(YEAR, SPRING, NEXT_YEAR)))
                .containsExactly(YEAR);
    }

    @Test
    void everyWordOfQBeginsAWordOfTheTitleWhateverTheCase() {
        assertThat(new PlanListFilter(null, "hosp").apply(List.of(YEAR, SPRING, NEXT_YEAR)))
                .containsExactly(NEXT_YEAR, SPRING);
        assertThat(new PlanListFilter(null, "HOSPITALS spring").apply(List.of(YEAR, SPRING, NEXT_YEAR)))
                .containsExactly(SPRING);
        assertThat(new PlanListFilter(null, "nordic, retail").apply(List.of(YEAR, SPRING, NEXT_YEAR)))
                .containsExactly(YEAR);
        assertThat(new PlanListFilter(null, "pitals").apply(List.of(YEAR, SPRING, NEXT_YEAR))).isEmpty();
    }

    @Test
    void aScopesBucketsAreNamedByItsPartsAndTheWeekThePlansStartInAndThePartsCannotRunTogether() {
        ListedPlan plan = new ListedPlan("plan-1", "acme", "north", "rep|1", "Hospitals", LocalDate.of(2030, 1, 15),
                LocalDate.of(2030, 12, 31), 10, java.util.Map.of(), java.util.Map.of(), java.util.Map.of(), false, 0,
                null);

        assertThat(ListScope.owner("acme", "rep|1").id()).isEqualTo("owner|acme|rep%7C1");
        assertThat(ListScope.owner("acme", "rep|1").bucketId(ListScope.weekOf(plan.periodStart())))
                .isEqualTo("owner|acme|rep%7C1|2030-W03");
        assertThat(ListScope.weekOf(LocalDate.of(2030, 12, 30))).isEqualTo("2031-W01");
        assertThat(ListScope.member("acme", "north", "rep").id()).isNotEqualTo(ListScope.member("acme", "north|rep", "")
                .id());
        assertThat(ListScope.of(plan)).extracting(ListScope::id).containsExactly("owner|acme|rep%7C1",
                "team|acme|north", "member|acme|north|rep%7C1", "org|acme");
    }
}
