package com.decisionchain.coverage;

/** Where a deal stands; the stage decides how much each role weighs in the coverage. */
public enum OpportunityStage {
    PROSPECTING, DISCOVERY, EVALUATION, NEGOTIATION, CLOSED_WON, CLOSED_LOST
}
