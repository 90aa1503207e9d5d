package com.decisionchain.opportunity;

public enum RoleEvidence {
    ASSUMED, INFERRED, SELF_CONFIRMED, CROSS_VALIDATED
}
