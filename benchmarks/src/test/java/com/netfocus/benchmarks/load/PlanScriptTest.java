package com.netfocus.benchmarks.load;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class PlanScriptTest {

    private static final PlanScript.Scale SCALE = new PlanScript.Scale(3, 10, 15, 8);

    @Test
    void drivesAPlanFromCreationToAttendanceInTheOrderOfTheChain() {
        PlanScript script = new PlanScript(org(), rep(), SCALE, null);
        List<Command> sent = new ArrayList<>();
        int n = 0;
        while (!script.done()) {
            Command command = script.next();
            sent.add(command);
            script.accept(command, answer(n++));
        }

        assertThat(sent).hasSize(SCALE.commands()).hasSize(37);
        assertThat(sent.get(0).kind()).isEqualTo(Command.Kind.CREATE_PLAN);
        assertThat(sent.subList(1, 4)).allMatch(c -> c.kind() == Command.Kind.DEFINE_OBJECTIVE);
        assertThat(sent.subList(4, 14)).allMatch(c -> c.kind() == Command.Kind.IDENTIFY_TARGET);
        assertThat(sent.subList(14, 29)).allMatch(c -> c.kind() == Command.Kind.CHOOSE_PLATFORM);
        assertThat(sent.subList(29, 37)).allMatch(c -> c.kind() == Command.Kind.RECORD_ATTENDANCE);
        assertThat(sent.get(1).path()).isEqualTo("/api/v1/plans/plan-0/objectives");
        // fifteen different platforms, and attendance only at chosen ones
        List<Object> chosen = sent.subList(14, 29).stream().<Object>map(c -> ((Map<?, ?>) c.body()).get("platformId")).toList();
        assertThat(chosen).doesNotHaveDuplicates();
        assertThat(sent.subList(29, 37)).allMatch(c -> chosen.contains(((Map<?, ?>) c.body()).get("platformId")));
        // the budget holds every choice: 15 x (2 h programme + 30 min early + 30 min late) + spare
        assertThat(((Map<?, ?>) sent.get(0).body()).get("hoursBudget")).isEqualTo(55.0);
    }

    @Test
    void aRefusalEndsTheScript() {
        PlanScript script = new PlanScript(org(), rep(), SCALE, null);
        script.accept(script.next(), new Answer(422, null, 1, 1));

        assertThat(script.done()).isTrue();
    }

    @Test
    void probeChoicesTakeTheProbePlatform() {
        CatalogPlatform probe = new CatalogPlatform("probe-1", Instant.parse("2030-01-01T10:00:00Z"),
                Instant.parse("2030-01-01T12:00:00Z"));
        PlanScript script = new PlanScript(org(), rep(), SCALE, () -> probe);
        int n = 0;
        Command command = script.next();
        while (command.kind() != Command.Kind.CHOOSE_PLATFORM) {
            script.accept(command, answer(n++));
            command = script.next();
        }

        assertThat(command.probePlatform()).isEqualTo(probe);
        assertThat(((Map<?, ?>) command.body()).get("platformId")).isEqualTo("probe-1");
    }

    private static Answer answer(int n) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.put("planId", "plan-0").put("objectiveId", "objective-" + n).put("targetId", "target-" + n)
                .put("version", n);
        return new Answer(201, body, 1, 1);
    }

    private static Rep rep() {
        return new Rep(3, "rep-0003", "org", "team-03", List.of("REP"), "token");
    }

    private static Org org() {
        List<CatalogPlatform> platforms = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            Instant start = Instant.parse("2030-01-01T10:00:00Z").plusSeconds(86_400L * i);
            platforms.add(new CatalogPlatform("platform-" + i, start, start.plusSeconds(7200)));
        }
        LocalDate today = LocalDate.of(2029, 12, 1);
        return new Org("org", rep(), List.of(rep()), platforms.subList(0, 30), platforms.subList(30, 40), today,
                today.plusDays(180), today.plusDays(120));
    }
}
