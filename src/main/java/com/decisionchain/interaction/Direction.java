package com.decisionchain.interaction;

public enum Direction {
    OUTBOUND, INBOUND
}
