package com.decisionchain.opportunity;

public enum Influence {
    LOW, MEDIUM, HIGH, VERY_HIGH
}
