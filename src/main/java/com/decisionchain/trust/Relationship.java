package com.decisionchain.trust;

import com.decisionchain.stakeholder.RelationshipType;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A typed edge between two stakeholders since {@code at}. {@code weight} (1-3, {@code INFLUENCES} only, else
 * {@code null}) is carried for the map; no calculator here weighs by it.
 */
public record Relationship(RelationshipType type, UUID fromId, UUID toId, Integer weight, Instant at) {

    public Relationship {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(fromId, "fromId");
        Objects.requireNonNull(toId, "toId");
        Objects.requireNonNull(at, "at");
    }
}
