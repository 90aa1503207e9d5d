package com.decisionchain.trust;

/** Who made a promise: us ({@code OURS}) or the customer ({@code THEIRS}). */
public enum CommitmentParty {
    OURS, THEIRS
}
