package com.decisionchain.trust;

/** Who started a touchpoint: we reached out ({@code OUTBOUND}) or the customer did ({@code INBOUND}). */
public enum Direction {
    OUTBOUND, INBOUND
}
