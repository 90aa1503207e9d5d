package com.decisionchain.interaction;

public enum CommitmentParty {
    OURS, THEIRS
}
