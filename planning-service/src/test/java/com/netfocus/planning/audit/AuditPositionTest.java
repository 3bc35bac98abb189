package com.netfocus.planning.audit;

import com.netfocus.support.problem.RejectedInputException;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AuditPositionTest {

    @Test
    void a_cursor_names_its_position_and_orders_by_time_then_event() {
        AuditPosition position = new AuditPosition(Instant.parse("2026-03-01T10:15:30.123Z"), "plan|p-1|7");

        assertThat(AuditPosition.ofCursor(position.cursor())).isEqualTo(position);
        assertThat(position.cursor()).doesNotContain("plan", "|");
        assertThat(position).isLessThan(new AuditPosition(position.occurredAt(), "plan|p-1|8"))
                .isGreaterThan(new AuditPosition(position.occurredAt().minusMillis(1), "plan|p-9|0"));
    }

    @Test
    void anything_but_a_cursor_of_the_trail_is_refused_naming_the_cursor() {
        for (String notOurs : new String[]{"abc", "!!!", "", "YTF8MTIz", "eDF8MTIzfHA"}) {
            assertThatThrownBy(() -> AuditPosition.ofCursor(notOurs)).as(notOurs)
                    .isInstanceOf(RejectedInputException.class).hasMessageStartingWith("cursor: ");
        }
    }
}
