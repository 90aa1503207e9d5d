package com.decisionchain.interaction;

public enum Outcome {
    POSITIVE, NEUTRAL, NEGATIVE, NO_RESPONSE
}
