package com.decisionchain.stakeholder;

public enum StakeholderStatus {
    ACTIVE, LEFT_COMPANY
}
