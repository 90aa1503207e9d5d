package com.decisionchain.coverage;

/** Where a committee member stands towards us. */
public enum Stance {
    CHAMPION, SUPPORTER, NEUTRAL, SKEPTIC, BLOCKER, UNKNOWN
}
