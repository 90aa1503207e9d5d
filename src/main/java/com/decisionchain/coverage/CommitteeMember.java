package com.decisionchain.coverage;

import com.decisionchain.opportunity.Cadence;
import com.decisionchain.opportunity.Influence;
import com.decisionchain.opportunity.RoleEvidence;
import com.decisionchain.opportunity.Stance;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One role row of a stakeholder in the opportunity's decision chain, valid from {@code validFrom} until
 * {@code validTo} ({@code null}: still valid). {@code cadence} is {@code null} when unknown. {@code leftCompanyAt}
 * is when the stakeholder left the account ({@code null}: has not); {@code titleChangedAt} is the stakeholder's
 * latest title change at or before the instant analysed ({@code null}: none).
 */
public record CommitteeMember(UUID id, UUID stakeholderId, String fullName, String role, Influence influence,
                              Stance stance, Cadence cadence, RoleEvidence evidence, Instant validFrom,
                              Instant validTo, Instant leftCompanyAt, Instant titleChangedAt) {

    public CommitteeMember {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(stakeholderId, "stakeholderId");
        Objects.requireNonNull(fullName, "fullName");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(influence, "influence");
        Objects.requireNonNull(stance, "stance");
        Objects.requireNonNull(evidence, "evidence");
        Objects.requireNonNull(validFrom, "validFrom");
    }

    public boolean isCurrentAt(Instant at) {
        return !validFrom.isAfter(at) && (validTo == null || validTo.isAfter(at));
    }

    /** A stakeholder counts as left from {@code leftCompanyAt} on. */
    public boolean hasLeftAt(Instant at) {
        return leftCompanyAt != null && !leftCompanyAt.isAfter(at);
    }

    public boolean titleChangedSinceAssignedAt(Instant at) {
        return titleChangedAt != null && titleChangedAt.isAfter(validFrom) && !titleChangedAt.isAfter(at);
    }
}
