package com.decisionchain.taxonomy;

import java.util.Locale;

/** The default {@code BUYING_CENTER} roles (DESIGN §1). */
public enum BuyingRole {
    INITIATOR,
    USER,
    INFLUENCER,
    DECISION_MAKER,
    BUYER,
    GATEKEEPER;

    /** Reads the taxonomy's label, e.g. {@code Decision Maker}. */
    public static BuyingRole fromLabel(String label) {
        return valueOf(label.strip().toUpperCase(Locale.ROOT).replace(' ', '_'));
    }
}
