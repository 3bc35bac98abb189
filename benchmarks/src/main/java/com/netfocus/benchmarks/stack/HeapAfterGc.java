package com.netfocus.benchmarks.stack;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Java heap a process still uses right after a full collection: what it really keeps, unlike RSS (which a JVM
 * seldom gives back) or the heap used at a random moment (mostly garbage not yet collected). Forces the collection
 * with jcmd GC.run, then reads GC.heap_info. A full collection pauses the process, so a soak samples this once a
 * minute, not at every RSS sample.
 */
public final class HeapAfterGc {

    /** "def new generation   total 9792K, used 1234K", "tenured generation ...", "garbage-first heap ...". */
    private static final Pattern USED = Pattern.compile("(?:generation|heap)\\s+total \\d+K, used (\\d+)K");

    private HeapAfterGc() {
    }

    /** MiB used after a full collection; NaN when jcmd could not tell. */
    public static double mib(long pid) {
        Jcmd.run(pid, "GC.run");
        return usedMib(Jcmd.run(pid, "GC.heap_info"));
    }

    static double usedMib(String heapInfo) {
        Matcher matcher = USED.matcher(heapInfo);
        long kib = 0;
        boolean found = false;
        while (matcher.find()) {
            kib += Long.parseLong(matcher.group(1));
            found = true;
        }
        return found ? kib / 1024.0 : Double.NaN;
    }
}
