package com.decisionchain.coverage;

/** How well a role or member is covered, in increasing order; the value of each is in {@link CoverageSettings}. */
public enum RoleStatus {
    MISSING, IDENTIFIED, VERIFIED, ENGAGED, TRUSTED;

    public boolean isEngaged() {
        return compareTo(ENGAGED) >= 0;
    }
}
