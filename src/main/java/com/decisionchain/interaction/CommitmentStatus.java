package com.decisionchain.interaction;

public enum CommitmentStatus {
    OPEN, KEPT, LATE, BROKEN, CANCELLED
}
