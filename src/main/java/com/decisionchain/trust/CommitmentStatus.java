package com.decisionchain.trust;

/** The state of a promise in the commitment ledger. */
public enum CommitmentStatus {
    OPEN, KEPT, LATE, BROKEN, CANCELLED
}
