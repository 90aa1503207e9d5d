package com.decisionchain.trust;

import java.util.Objects;
import java.util.UUID;

/** One stakeholder's part in an interaction; an unknown {@code attended} or {@code responded} is {@code false}. */
public record Participant(UUID stakeholderId, boolean invited, boolean attended, boolean responded) {

    public Participant {
        Objects.requireNonNull(stakeholderId, "stakeholderId");
    }
}
