package com.decisionchain.coverage;

import com.decisionchain.account.SizeBand;
import com.decisionchain.opportunity.OpportunityStage;
import com.decisionchain.trust.Commitment;
import com.decisionchain.trust.Interaction;
import com.decisionchain.trust.Relationship;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What the coverage of one opportunity is computed from: its stage, its account's size band ({@code null} when
 * unknown), its latest map review at or before the instant analysed ({@code null}: never), every role row of its
 * committee (past rows too; only current ones count), and the interactions, commitments and relationships of the
 * people involved, which also feed each member's trust score.
 */
public record CoverageInput(OpportunityStage stage, SizeBand sizeBand, Instant mapReviewedAt,
                            List<CommitteeMember> members, List<Interaction> interactions,
                            List<Commitment> commitments, List<Relationship> relationships) {

    public CoverageInput {
        Objects.requireNonNull(stage, "stage");
        members = List.copyOf(members);
        interactions = List.copyOf(interactions);
        commitments = List.copyOf(commitments);
        relationships = List.copyOf(relationships);
    }
}
