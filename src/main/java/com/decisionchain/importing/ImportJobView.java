package com.decisionchain.importing;

import java.time.Instant;

/** The job as REST shows it (API.md). */
public record ImportJobView(String id, String format, String status, boolean dryRun, String fileName, Integer totalRows,
        int processedRows, PeopleCounts people, AccountCounts accounts, int reviewSuggestions, String errorCode, String error,
        Instant createdAt, Instant startedAt, Instant finishedAt) {

    /** Data rows by what they did; each row counts once. */
    public record PeopleCounts(int created, int updated, int unchanged, int skipped, int failed) {
    }

    /** Accounts the file named, by what happened to them. */
    public record AccountCounts(int created, int updated, int unchanged) {
    }

    static ImportJobView of(ImportJob job) {
        return new ImportJobView(job.id.toString(), job.format, job.status, job.dryRun, job.fileName, job.totalRows,
                job.processedRows,
                new PeopleCounts(job.peopleCreated, job.peopleUpdated, job.peopleUnchanged, job.peopleSkipped, job.peopleFailed),
                new AccountCounts(job.accountsCreated, job.accountsUpdated, job.accountsUnchanged),
                job.reviewSuggestions, job.errorCode, job.error, job.createdAt, job.startedAt, job.finishedAt);
    }
}
