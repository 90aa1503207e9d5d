package com.decisionchain.trust;

import com.decisionchain.interaction.CommitmentParty;
import com.decisionchain.interaction.CommitmentStatus;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A promise in the ledger. {@code stakeholderId} is the person it was made to (or by), {@code null} when it concerns
 * nobody in particular; {@code resolvedAt} is {@code null} while open.
 */
public record Commitment(UUID stakeholderId, CommitmentParty party, Instant dueAt, Instant resolvedAt,
                         CommitmentStatus status) {

    public Commitment {
        Objects.requireNonNull(party, "party");
        Objects.requireNonNull(dueAt, "dueAt");
        Objects.requireNonNull(status, "status");
    }

    /** The status as it stood at {@code at}: a commitment resolved later was still open then. */
    public CommitmentStatus statusAt(Instant at) {
        if (status == CommitmentStatus.OPEN || resolvedAt == null || resolvedAt.isAfter(at)) {
            return CommitmentStatus.OPEN;
        }
        return status;
    }
}
