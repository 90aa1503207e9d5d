package com.decisionchain.trust;

/** The article's path from transactional trust to partner trust, read off the rounded trust score. */
public enum TrustLevel {
    COLD, TRANSACTIONAL, DEVELOPING, PARTNER
}
