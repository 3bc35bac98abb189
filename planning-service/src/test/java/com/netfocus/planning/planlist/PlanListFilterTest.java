package com.netfocus.planning.planlist;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A list's filters and order, and the entries' ids: scope, then status, then period, then plan. */
class PlanListFilterTest {

    private static final ListEntry SPRING = new ListEntry("e1", "p1", LocalDate.of(2030, 3, 1),
            LocalDate.of(2030, 5, 31), "Hospitals in spring");
    private static final ListEntry YEAR = new ListEntry("e2", "p2", LocalDate.of(2030, 1, 1),
            LocalDate.of(2030, 12, 31), "Retail grocers, Nordic");
    private static final ListEntry NEXT_YEAR = new ListEntry("e3", "p3", LocalDate.of(2031, 1, 1),
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
    void anEntrysIdStartsWithItsScopesPrefixAndStatusAndTheScopesPartsCannotRunTogether() {
        ListedPlan plan = new ListedPlan("plan-1", "acme", "north", "rep|1", "Hospitals", LocalDate.of(2030, 1, 1),
                LocalDate.of(2030, 12, 31), 10, java.util.Map.of(), java.util.Map.of(), java.util.Map.of(), false, 0,
                null);
        ListScope owner = ListScope.owner("acme", "rep|1");
        String id = owner.entryId(plan);

        assertThat(id).startsWith(owner.prefix(ListStatus.OPEN)).startsWith(owner.prefix(null));
        assertThat(id).matches(owner.pattern(ListStatus.OPEN) + ".*").doesNotMatch(owner.pattern(ListStatus.CLOSED)
                + ".*");
        assertThat(owner.prefix(null)).isEqualTo("owner|acme|rep%7C1|");
        assertThat(id).doesNotMatch(ListScope.owner("acme", "rep").pattern(null) + ".*");
        assertThat(ListScope.of(plan)).extracting(ListScope::kind).containsExactly("owner", "team", "member", "org");
    }
}
