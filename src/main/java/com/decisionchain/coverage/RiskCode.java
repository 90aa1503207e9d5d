package com.decisionchain.coverage;

/** The risks a decision map is checked for (DESIGN §2), each with its severity. */
public enum RiskCode {
    NO_DECISION_MAKER(Severity.HIGH),
    MISSING_ROLE(Severity.MEDIUM),
    SINGLE_THREADED(Severity.HIGH),
    /** The article's mistake 1: assuming a single decision maker. */
    DECISION_MAKER_ONLY(Severity.HIGH),
    /** The article's mistake 2: ignoring the gatekeeper. */
    GATEKEEPER_IGNORED(Severity.MEDIUM),
    /** The article's mistake 3: a static map. */
    STALE_MAP(Severity.MEDIUM),
    ROLE_CHANGE_RISK(Severity.HIGH),
    UNVERIFIED_ROLES(Severity.LOW),
    TRUST_DECLINING(Severity.MEDIUM),
    OVERDUE_FOLLOW_UP(Severity.LOW),
    BLOCKER_UNADDRESSED(Severity.HIGH),
    UNDERSIZED_COMMITTEE(Severity.MEDIUM);

    private final Severity severity;

    RiskCode(Severity severity) {
        this.severity = severity;
    }

    public Severity severity() {
        return severity;
    }
}
