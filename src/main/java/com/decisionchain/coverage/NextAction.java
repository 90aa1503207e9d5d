package com.decisionchain.coverage;

import java.util.List;
import java.util.UUID;

/**
 * A concrete step: {@code code} is the {@link RiskCode} it answers, or {@link #WARM_INTRODUCTION}; {@code priority}
 * is that risk's severity; {@code stakeholderId} is the person to act on ({@code null} for the map itself or when
 * nobody is on it yet); {@code path} is the warm path, introducer first and the decision maker last, else empty.
 */
public record NextAction(String code, Severity priority, String description, UUID stakeholderId, List<UUID> path) {

    /** Ask an engaged stakeholder to introduce us, along the warm path, to a decision maker we cannot reach. */
    public static final String WARM_INTRODUCTION = "WARM_INTRODUCTION";

    public NextAction {
        path = List.copyOf(path);
    }
}
