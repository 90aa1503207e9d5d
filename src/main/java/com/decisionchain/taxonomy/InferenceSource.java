package com.decisionchain.taxonomy;

/** What a role suggestion was read from. */
public enum InferenceSource {
    /** A taxonomy rule matched the title. */
    TITLE_RULE,
    /** No rule matched; the vendor's seniority label ({@code Management Level}) decided. */
    VENDOR_SENIORITY
}
