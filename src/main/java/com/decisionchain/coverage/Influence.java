package com.decisionchain.coverage;

/** How much a committee member sways the decision, in increasing order. */
public enum Influence {
    LOW, MEDIUM, HIGH, VERY_HIGH
}
