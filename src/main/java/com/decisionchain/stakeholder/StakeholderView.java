package com.decisionchain.stakeholder;

import java.time.Instant;
import java.time.LocalDate;

import com.decisionchain.common.Ids;

import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

/** GraphQL {@code Stakeholder}. Contact details (email, phone, LinkedIn, location) are null for callers without PII access. */
@Name("Stakeholder")
public record StakeholderView(@Id @NonNull String id, @Id @NonNull String personId, @Ignore String accountId,
        @Ignore String reportsToId, String firstName, String lastName,
        @NonNull String fullName, String title, String department, @NonNull Seniority seniority, String email,
        String phone, String linkedinUrl, String location, @NonNull StakeholderStatus status, LocalDate leftAt,
        @NonNull int version, @NonNull Instant createdAt, @NonNull Instant updatedAt) {

    public static StakeholderView of(Stakeholder s, boolean withContactDetails) {
        return new StakeholderView(s.id.toString(), s.personId.toString(), s.accountId.toString(),
                Ids.str(s.reportsToId), s.firstName, s.lastName, s.fullName, s.title,
                s.department, s.seniority, withContactDetails ? s.email : null, withContactDetails ? s.phone : null,
                withContactDetails ? s.linkedinUrl : null, withContactDetails ? s.location : null, s.status, s.leftAt,
                s.version, s.createdAt, s.updatedAt);
    }

    public java.util.UUID uuid() {
        return java.util.UUID.fromString(id);
    }
}
