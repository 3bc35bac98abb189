package com.netfocus.benchmarks.phase;

import com.netfocus.benchmarks.report.Figure;

import java.util.LinkedHashMap;
import java.util.Map;

/** What every process holds in memory once the load is over, and the most it held during the run. */
public final class IdleAfterLoadPhase implements Phase {

    private double idleTotalMib;

    @Override
    public void measure(BenchmarkRun run) throws Exception {
        Map<String, Double> idle = IdleRss.afterSettling(run.stack().processes());
        idleTotalMib = IdleRss.total(idle);
        run.usage("idleRssMibAfterLoad", idle);
        Map<String, Double> peaks = new LinkedHashMap<>();
        run.stack().processes().forEach((name, handle) -> peaks.put(name, handle.stats().peakRssMib()));
        run.usage("peakRssMib", peaks);
    }

    @Override
    public void addFigures(BenchmarkRun run) {
        run.figure(Figure.plain("Whole stack RSS, idle after the load", idleTotalMib, "MiB"));
    }
}
