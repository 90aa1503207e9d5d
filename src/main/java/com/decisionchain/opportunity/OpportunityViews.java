package com.decisionchain.opportunity;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

/** GraphQL output types of the opportunity feature. */
public final class OpportunityViews {

    private OpportunityViews() {
    }

    @Name("Opportunity")
    public record OpportunityView(@Id @NonNull String id, @Ignore String accountId, @NonNull String name,
            @NonNull OpportunityStage stage, BigDecimal amount, String currency, LocalDate expectedCloseDate,
            String ownerId, Instant mapReviewedAt, @NonNull int version, @NonNull Instant createdAt,
            @NonNull Instant updatedAt) {

        public static OpportunityView of(Opportunity o) {
            return new OpportunityView(o.id.toString(), o.accountId.toString(), o.name, o.stage, o.amount, o.currency,
                    o.expectedCloseDate, o.ownerId, o.mapReviewedAt, o.version, o.createdAt, o.updatedAt);
        }

        public java.util.UUID uuid() {
            return java.util.UUID.fromString(id);
        }
    }

    @Name("StageChange")
    public record StageChangeView(@NonNull OpportunityStage stage, @NonNull Instant at) {
    }

    @Name("CommitteeMember")
    public record CommitteeMemberView(@Id @NonNull String id, @Ignore String opportunityId, @Ignore String stakeholderId,
            @NonNull String role, @NonNull Influence influence, @NonNull Stance stance,
            @NonNull List<@NonNull String> painPoints, @NonNull List<@NonNull String> priorities, Cadence cadence,
            @NonNull RoleEvidence evidence, String note, @NonNull Instant validFrom, Instant validTo) {

        public static CommitteeMemberView of(CommitteeMember m) {
            return new CommitteeMemberView(m.id.toString(), m.opportunityId.toString(), m.stakeholderId.toString(),
                    m.role, m.influence, m.stance, List.of(m.painPoints), List.of(m.priorities), m.cadence, m.evidence,
                    m.note, m.validFrom, m.validTo);
        }
    }
}
