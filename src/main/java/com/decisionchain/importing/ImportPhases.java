package com.decisionchain.importing;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Wall time per phase of one job (parse, load, match, copy, merge, commit...), logged once at the end so a
 * slow import shows where its time went. Each phase also shows the job thread's own CPU time: on a busy
 * machine wall time far above it means waiting (database, garbage collection, other processes), not work.
 */
final class ImportPhases {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final Map<String, long[]> nanos = new LinkedHashMap<>();
    private long started = System.nanoTime();
    private long startedCpu = cpuNow();

    /** Ends the phase running since the previous mark (or creation) and books its time under {@code phase}. */
    void mark(String phase) {
        long now = System.nanoTime();
        long cpu = cpuNow();
        long[] booked = nanos.computeIfAbsent(phase, p -> new long[2]);
        booked[0] += now - started;
        booked[1] += cpu - startedCpu;
        started = now;
        startedCpu = cpu;
    }

    @Override
    public String toString() {
        long total = nanos.values().stream().mapToLong(times -> times[0]).sum();
        long totalCpu = nanos.values().stream().mapToLong(times -> times[1]).sum();
        return nanos.entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue()[0] / 1_000_000 + "ms(cpu " + e.getValue()[1] / 1_000_000 + ")")
                .collect(Collectors.joining(" ")) + " total=" + total / 1_000_000 + "ms(cpu " + totalCpu / 1_000_000 + ")";
    }

    private static long cpuNow() {
        return THREADS.isCurrentThreadCpuTimeSupported() ? THREADS.getCurrentThreadCpuTime() : 0;
    }
}
