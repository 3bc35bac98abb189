package com.netfocus.planning.checks;

import com.netfocus.planning.limits.TextLimit;
import com.netfocus.planning.state.PlanState;
import com.netfocus.support.problem.FieldError;
import com.netfocus.support.problem.RejectedInputException;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static com.netfocus.planning.plan.PlanGivens.CREATED;
import static com.netfocus.planning.plan.PlanGivens.OBJECTIVE;
import static com.netfocus.planning.plan.PlanGivens.TARGET;
import static com.netfocus.planning.plan.PlanGivens.state;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The checks every feature shares, each with one wording. */
class ViolationsTest {

    private static final TextLimit TEN = new TextLimit(10);

    @Test
    void aBlankTextOrAMissingValueIsNotGiven() {
        List<FieldError> errors = new Violations()
                .require("a", " ")
                .require("b", null)
                .require("c", "x")
                .require("d", LocalDate.of(2030, 1, 1))
                .errors();
        assertThat(errors).containsExactly(new FieldError("a", "must be given"), new FieldError("b", "must be given"));
    }

    @Test
    void aTextFitsUpToTheLimitAndAbsentTextFits() {
        assertThat(TEN.fits(null)).isTrue();
        assertThat(TEN.fits("x".repeat(10))).isTrue();
        assertThat(TEN.fits("x".repeat(11))).isFalse();
        assertThat(new Violations().checkLength("note", "x".repeat(11), TEN).errors())
                .containsExactly(new FieldError("note", "must be at most 10 characters"));
    }

    @Test
    void onlyANamedContactMustBeKnown() {
        assertThat(new Violations()
                .checkKnownContact("a", null, false)
                .checkKnownContact("b", " ", false)
                .checkKnownContact("c", "c-1", true)
                .checkKnownContact("d", "c-9", false)
                .errors())
                .containsExactly(new FieldError("d", "no contact c-9 in your org's contacts: name a contact you may "
                        + "see, or give the person's name instead"));
    }

    @Test
    void aTargetMustBeThePlansAndAnOptionalOneMayBeLeftOut() {
        PlanState plan = state(CREATED, OBJECTIVE, TARGET);
        assertThat(new Violations()
                .checkTarget("a", "t1", plan)
                .checkOptionalTarget("b", null, plan)
                .checkTarget("c", null, plan)
                .checkOptionalTarget("d", "ghost", plan)
                .checkTarget("e", "ghost", plan, "it matters")
                .errors())
                .containsExactly(new FieldError("c", "no target null in this plan"),
                        new FieldError("d", "no target ghost in this plan"),
                        new FieldError("e", "no target ghost in this plan: it matters"));
    }

    @Test
    void everyErrorIsRefusedAtOnceAndNoneIsNotRefused() {
        Violations.rejectIfAny(List.of());
        assertThatThrownBy(() -> Violations.rejectIfAny(List.of(new FieldError("a", "x"), new FieldError("b", "y"))))
                .isInstanceOfSatisfying(RejectedInputException.class,
                        e -> assertThat(e.getMessage()).contains("a", "b"));
    }
}
