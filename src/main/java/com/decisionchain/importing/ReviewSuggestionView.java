package com.decisionchain.importing;

import java.time.Instant;

/**
 * A possible duplicate an import would not merge: {@code stakeholderId} (the row's) may be
 * {@code candidateStakeholderId} (known before). Accepting merges the former into the latter.
 */
public record ReviewSuggestionView(String id, String jobId, String stakeholderId, String candidateStakeholderId,
        String reason, double confidence, String status, Instant createdAt, Instant decidedAt, String decidedBy) {
}
