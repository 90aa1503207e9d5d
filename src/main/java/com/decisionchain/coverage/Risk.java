package com.decisionchain.coverage;

import java.util.List;
import java.util.UUID;

/** A risk found on the map; {@code code} is a {@link RiskCode} name, kept a string as in the public API. */
public record Risk(String code, Severity severity, String message, List<UUID> stakeholderIds) {

    public Risk {
        stakeholderIds = List.copyOf(stakeholderIds);
    }
}
