package com.decisionchain.opportunity;

public enum OpportunityStage {
    PROSPECTING, DISCOVERY, EVALUATION, NEGOTIATION, CLOSED_WON, CLOSED_LOST;

    public boolean isOpen() {
        return this != CLOSED_WON && this != CLOSED_LOST;
    }
}
