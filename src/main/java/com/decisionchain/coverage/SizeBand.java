package com.decisionchain.coverage;

/** An account's size by employee count: SMALL &lt;50, MID 50-999, LARGE 1000-9999, ENTERPRISE &gt;=10000. */
public enum SizeBand {
    SMALL, MID, LARGE, ENTERPRISE
}
