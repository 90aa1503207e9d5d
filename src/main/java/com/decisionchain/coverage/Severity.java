package com.decisionchain.coverage;

/** How urgent a risk, or the step that answers it, is; in increasing order. */
public enum Severity {
    LOW, MEDIUM, HIGH
}
