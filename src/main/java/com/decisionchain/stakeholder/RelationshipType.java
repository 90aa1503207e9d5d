package com.decisionchain.stakeholder;

public enum RelationshipType {
    REPORTS_TO, INFLUENCES, INTRODUCED, ALLY, CONFLICT
}
