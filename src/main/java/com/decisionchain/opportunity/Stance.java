package com.decisionchain.opportunity;

public enum Stance {
    CHAMPION, SUPPORTER, NEUTRAL, SKEPTIC, BLOCKER, UNKNOWN
}
