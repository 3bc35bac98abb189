package com.netfocus.benchmarks.micro;

import com.netfocus.contracts.plan.SmartVerdicts;
import com.netfocus.planning.objective.ObjectiveDraft;
import com.netfocus.planning.objective.PlanFrame;
import com.netfocus.planning.objective.SmartAssessment;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.time.LocalDate;
import java.util.concurrent.TimeUnit;

/** The SMART assessment of one objective (what every DefineObjective and every live smart-check pays). */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class SmartAssessmentBenchmark {

    private SmartAssessment assessment;
    private ObjectiveDraft focused;
    private ObjectiveDraft unfocused;
    private PlanFrame plan;
    private LocalDate today;

    @Setup
    public void setUp() {
        assessment = new SmartAssessment(ConfiguredSmartRules.load());
        today = LocalDate.of(2030, 1, 10);
        plan = new PlanFrame(today, today.plusDays(180), 60.0);
        focused = new ObjectiveDraft(
                "Learn from procurement directors in retail which supply-chain problems they will budget for next year",
                "Three discovery meetings for the next quarter's pipeline", "procurement directors met", 6,
                today.plusDays(120));
        unfocused = new ObjectiveDraft("I don't know, I'm just networking to meet new people", "x", "people", 5,
                today.plusDays(120));
    }

    @Benchmark
    public SmartVerdicts focusedObjective() {
        return assessment.assess(focused, plan, today);
    }

    @Benchmark
    public SmartVerdicts unfocusedReason() {
        return assessment.assess(unfocused, plan, today);
    }
}
