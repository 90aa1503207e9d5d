package com.decisionchain.trust;

import com.decisionchain.opportunity.Cadence;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * What the trust score of one stakeholder is computed from. The lists may hold other stakeholders' rows too (the
 * scorer picks this stakeholder's part), and their scope decides the score's scope: pass one opportunity's
 * interactions and commitments for a score within it. {@code cadences} are those of the memberships the score is
 * for (the member's own within an opportunity, all current ones without); a membership without a cadence adds none.
 */
public record TrustInput(UUID stakeholderId, List<Cadence> cadences, List<Interaction> interactions,
                         List<Commitment> commitments, List<Relationship> relationships) {

    public TrustInput {
        Objects.requireNonNull(stakeholderId, "stakeholderId");
        cadences = List.copyOf(cadences);
        interactions = List.copyOf(interactions);
        commitments = List.copyOf(commitments);
        relationships = List.copyOf(relationships);
    }
}
