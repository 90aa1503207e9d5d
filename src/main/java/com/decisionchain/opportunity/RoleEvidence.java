package com.decisionchain.opportunity;

/** How we know a member holds a role: desk research and title guesses are unverified, conversations verify. */
public enum RoleEvidence {
    ASSUMED, INFERRED, SELF_CONFIRMED, CROSS_VALIDATED;

    public boolean isVerified() {
        return this == SELF_CONFIRMED || this == CROSS_VALIDATED;
    }
}
