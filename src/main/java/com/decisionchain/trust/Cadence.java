package com.decisionchain.trust;

/** How often a committee member should be touched; the interval per cadence is in {@link TrustSettings}. */
public enum Cadence {
    WEEKLY, BIWEEKLY, MONTHLY, QUARTERLY, AT_MILESTONES, NEGOTIATION_ONLY
}
