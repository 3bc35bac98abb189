package com.netfocus.catalog.platform;

import com.netfocus.support.problem.FieldError;
import com.netfocus.support.problem.RejectedInputException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class PlatformRulesTest {

    private static final Instant DOORS_OPEN = Instant.parse("2031-01-01T17:00:00Z");
    private final PlatformRules rules = new PlatformRules(new CatalogLimits(1000, 24, 3, 1e-6));

    @Test
    void aPlatformWithTheProgrammeInsideTheDoorsPasses() {
        assertThatCode(() -> rules.check(platform(0, 5, 1, 3, 100, List.of(segment(0.5), segment(0.5)))))
                .doesNotThrowAnyException();
    }

    @Test
    void theProgrammeMayFillTheWholeTimeBetweenTheDoors() {
        assertThatCode(() -> rules.check(platform(0, 5, 0, 5, 100, List.of()))).doesNotThrowAnyException();
    }

    @Test
    void everyBrokenRuleIsNamedAtOnce() {
        RejectedInputException rejected = catchThrowableOfType(RejectedInputException.class,
                () -> rules.check(platform(0, 5, -1, 6, 5000, List.of(segment(0.7), segment(0.7)))));

        assertThat(rejected.errors()).extracting(FieldError::field)
                .containsExactlyInAnyOrder("programStartsAt", "programEndsAt", "expectedAttendance", "audience");
    }

    @Test
    void doorsClosingBeforeTheyOpenAreRefused() {
        assertThat(fields(platform(5, 0, 1, 2, 100, List.of()))).contains("endsAt");
    }

    @Test
    void aPlatformLastingTheConfiguredMaximumOrLongerIsRefused() {
        assertThat(fields(platform(0, 24, 1, 2, 100, List.of()))).containsExactly("endsAt");
        assertThatCode(() -> rules.check(platform(0, 23, 1, 2, 100, List.of()))).doesNotThrowAnyException();
    }

    @Test
    void tooManySegmentsAndSegmentsNamingNobodyAreRefused() {
        AudienceSegment nobody = new AudienceSegment(" ", null, null, 0.1);
        assertThat(fields(platform(0, 5, 1, 2, 100, List.of(segment(0.1), segment(0.1), segment(0.1), nobody))))
                .containsExactlyInAnyOrder("audience", "audience[3]");
    }

    private List<String> fields(AddPlatform platform) {
        return catchThrowableOfType(RejectedInputException.class, () -> rules.check(platform)).errors().stream()
                .map(FieldError::field).toList();
    }

    private static AudienceSegment segment(double share) {
        return new AudienceSegment("Purchasing", "Director", "Logistics", share);
    }

    private static AddPlatform platform(int startsAtHour, int endsAtHour, int programStartHour, int programEndHour,
                                        int attendance, List<AudienceSegment> audience) {
        return new AddPlatform("A platform", PlatformKind.SEMINAR, null, null, hour(startsAtHour), hour(endsAtHour),
                hour(programStartHour), hour(programEndHour), "Utrecht", BigDecimal.TEN, true, attendance, audience);
    }

    private static Instant hour(int hour) {
        return DOORS_OPEN.plus(Duration.ofHours(hour));
    }
}
