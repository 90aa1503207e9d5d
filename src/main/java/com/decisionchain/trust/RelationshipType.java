package com.decisionchain.trust;

/** A typed edge between two stakeholders. {@code INTRODUCED} reads "from introduced us to to". */
public enum RelationshipType {
    REPORTS_TO, INFLUENCES, INTRODUCED, ALLY, CONFLICT
}
