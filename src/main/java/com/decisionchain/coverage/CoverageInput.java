package com.decisionchain.coverage;

import com.decisionchain.account.SizeBand;
import com.decisionchain.opportunity.OpportunityStage;
import com.decisionchain.trust.Commitment;
import com.decisionchain.trust.Interaction;
import com.decisionchain.trust.Participant;
import com.decisionchain.trust.Relationship;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * What the coverage of one opportunity is computed from: its stage, its account's size band ({@code null} when
 * unknown), its latest map review at or before the instant analysed ({@code null}: never), every role row of its
 * committee (past rows too; only current ones count), and the interactions, commitments and relationships of the
 * people involved, which also feed each member's trust score. {@code earlierTouches} holds each person's last
 * touch before the interactions given (which cover the scoring windows only), so a last touch is never lost.
 */
public record CoverageInput(OpportunityStage stage, SizeBand sizeBand, Instant mapReviewedAt,
                            List<CommitteeMember> members, List<Interaction> interactions,
                            List<Commitment> commitments, List<Relationship> relationships,
                            Map<UUID, Instant> earlierTouches) {

    public CoverageInput {
        Objects.requireNonNull(stage, "stage");
        members = List.copyOf(members);
        interactions = List.copyOf(interactions);
        commitments = List.copyOf(commitments);
        relationships = List.copyOf(relationships);
        earlierTouches = Map.copyOf(earlierTouches);
    }

    /** With every interaction given: nothing earlier to add. */
    public CoverageInput(OpportunityStage stage, SizeBand sizeBand, Instant mapReviewedAt,
                         List<CommitteeMember> members, List<Interaction> interactions,
                         List<Commitment> commitments, List<Relationship> relationships) {
        this(stage, sizeBand, mapReviewedAt, members, interactions, commitments, relationships, Map.of());
    }

    /** Each person's last touch at or before {@code asOf}: the latest given interaction, else the earlier touch. */
    public Map<UUID, Instant> lastTouches(Instant asOf) {
        Map<UUID, Instant> lastTouchAt = new HashMap<>();
        earlierTouches.forEach((stakeholderId, at) -> {
            if (!at.isAfter(asOf)) {
                lastTouchAt.put(stakeholderId, at);
            }
        });
        for (Interaction interaction : interactions) {
            if (interaction.occurredAt().isAfter(asOf)) {
                continue;
            }
            for (Participant participant : interaction.participants()) {
                lastTouchAt.merge(participant.stakeholderId(), interaction.occurredAt(), (a, b) -> a.isAfter(b) ? a : b);
            }
        }
        return lastTouchAt;
    }
}
