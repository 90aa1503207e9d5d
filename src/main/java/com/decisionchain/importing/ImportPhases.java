package com.decisionchain.importing;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Wall time per phase of one job (parse, load, match, copy, merge, commit...), logged once at the end so a
 * slow import shows where its time went.
 */
final class ImportPhases {

    private final Map<String, Long> nanos = new LinkedHashMap<>();
    private long started = System.nanoTime();

    /** Ends the phase running since the previous mark (or creation) and books its time under {@code phase}. */
    void mark(String phase) {
        long now = System.nanoTime();
        nanos.merge(phase, now - started, Long::sum);
        started = now;
    }

    /** Restarts the clock without booking the time since the last mark. */
    void skip() {
        started = System.nanoTime();
    }

    @Override
    public String toString() {
        long total = nanos.values().stream().mapToLong(Long::longValue).sum();
        return nanos.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue() / 1_000_000 + "ms")
                .collect(Collectors.joining(" ")) + " total=" + total / 1_000_000 + "ms";
    }
}
