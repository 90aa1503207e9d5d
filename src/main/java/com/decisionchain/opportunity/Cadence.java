package com.decisionchain.opportunity;

/** How often a committee member should be touched (the article's contact cadences). */
public enum Cadence {
    WEEKLY, BIWEEKLY, MONTHLY, QUARTERLY, AT_MILESTONES, NEGOTIATION_ONLY
}
