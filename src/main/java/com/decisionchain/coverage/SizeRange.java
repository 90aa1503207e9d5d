package com.decisionchain.coverage;

/** An inclusive range of committee sizes. */
public record SizeRange(int min, int max) {

    public SizeRange {
        if (min < 0 || max < min) {
            throw new IllegalArgumentException("invalid size range " + min + "-" + max);
        }
    }
}
