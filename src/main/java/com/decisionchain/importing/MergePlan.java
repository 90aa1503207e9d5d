package com.decisionchain.importing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.decisionchain.taxonomy.RoleInference;

/** Everything one import will write, decided before anything is written (a dry run stops here). */
public record MergePlan(
        Counts counts,
        List<StagedRow> rows,
        List<AccountWrite> accounts,
        List<AccountMerge> accountMerges,
        List<StakeholderWrite> stakeholders,
        List<FieldChange> changes,
        List<ReviewPair> reviewSuggestions) {

    /** Row counts (each data row counts once) and account counts (each account the file touches counts once). */
    public record Counts(int created, int updated, int unchanged, int skipped, int failed,
            int accountsCreated, int accountsUpdated, int accountsUnchanged) {
    }

    /** A row to store as evidence and provenance. */
    public record StagedRow(ImportedPerson row, UUID personId, boolean newPerson, UUID stakeholderId, UUID accountId, String hash) {
    }

    /** A new account, or new external ids / domain for a known one. */
    public record AccountWrite(UUID id, boolean isNew, String name, String domain, List<String> newVendorKeys) {
    }

    /** Two accounts the import found to be one organisation (青岚机器人 = Qinglan Robotics): the dropped one folds into the kept. */
    public record AccountMerge(UUID dropped, UUID kept) {
    }

    /** A stakeholder row's full new state, with the role its title suggests (null: leave suggestions as they are). */
    public record StakeholderWrite(UUID id, boolean isNew, UUID personId, UUID accountId, String firstName, String lastName,
            String fullName, String title, String department, String seniority, String email, String phone,
            String linkedinUrl, String location, String status, LocalDate leftAt, Instant titleChangedAt,
            RoleInference role) {
    }

    /** A changed field of an existing stakeholder, with the business time it became true and who said so. */
    public record FieldChange(UUID stakeholderId, String field, String oldValue, String newValue, String source, Instant effectiveAt) {
    }

    /** A possible duplicate to review: the new row's stakeholder and the known one it may be. */
    public record ReviewPair(UUID stakeholderId, UUID candidateStakeholderId, SuggestionReason reason, double confidence) {
    }
}
