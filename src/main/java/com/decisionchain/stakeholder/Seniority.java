package com.decisionchain.stakeholder;

public enum Seniority {
    BOARD, C_LEVEL, VP, DIRECTOR, MANAGER, NON_MANAGER, UNKNOWN
}
