package com.decisionchain.importing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** What the tenant's database already holds, as the merge planner needs it. */
public record MergeState(List<Stakeholder> stakeholders, List<Account> accounts, List<StoredRow> storedRows) {

    public MergeState {
        stakeholders = List.copyOf(stakeholders);
        accounts = List.copyOf(accounts);
        storedRows = List.copyOf(storedRows);
    }

    /** A stakeholder row; seniority and status as their enum names. */
    public record Stakeholder(UUID id, UUID personId, UUID accountId, String firstName, String lastName, String fullName,
            String title, String department, String seniority, String email, String phone, String linkedinUrl,
            String location, String status, LocalDate leftAt, Instant titleChangedAt) {
    }

    /**
     * An account with its external ids as source-qualified vendor keys ({@code zoominfo:412000101}).
     */
    public record Account(UUID id, String name, String domain, String website, Set<String> vendorKeys, Instant createdAt) {
    }

    /** A row an earlier import applied, with where it went. */
    public record StoredRow(ImportedPerson row, UUID personId, UUID accountId, String hash) {
    }
}
