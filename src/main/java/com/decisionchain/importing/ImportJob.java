package com.decisionchain.importing;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import com.decisionchain.common.TenantEntity;

/** One upload and its processing: state, counts and the reason it failed. */
@Entity
@Table(name = "import_job")
public class ImportJob extends TenantEntity {

    public static final String QUEUED = "QUEUED";
    public static final String RUNNING = "RUNNING";
    public static final String SUCCEEDED = "SUCCEEDED";
    public static final String FAILED = "FAILED";

    @Column(nullable = false, length = 30)
    public String format;
    @Column(nullable = false, length = 20)
    public String status;
    @Column(name = "dry_run", nullable = false)
    public boolean dryRun;
    @Column(name = "file_name", length = 255)
    public String fileName;
    @Column(name = "file_size", nullable = false)
    public long fileSize;
    @Column(name = "file_sha256", nullable = false, length = 64)
    public String fileSha256;
    /** GENERIC_CSV: the column mapping as JSON ({@code {"FIRST_NAME": "Given name", ...}}). */
    @Column(columnDefinition = "text")
    public String mapping;
    /** GENERIC_CSV: the system the file came from; qualifies its vendor ids. */
    @Column(name = "source_name", length = 50)
    public String sourceName;
    @Column(name = "idempotency_key", length = 200)
    public String idempotencyKey;
    @Column(name = "total_rows")
    public Integer totalRows;
    @Column(name = "processed_rows", nullable = false)
    public int processedRows;
    @Column(name = "people_created", nullable = false)
    public int peopleCreated;
    @Column(name = "people_updated", nullable = false)
    public int peopleUpdated;
    @Column(name = "people_unchanged", nullable = false)
    public int peopleUnchanged;
    @Column(name = "people_skipped", nullable = false)
    public int peopleSkipped;
    @Column(name = "people_failed", nullable = false)
    public int peopleFailed;
    @Column(name = "accounts_created", nullable = false)
    public int accountsCreated;
    @Column(name = "accounts_updated", nullable = false)
    public int accountsUpdated;
    @Column(name = "accounts_unchanged", nullable = false)
    public int accountsUnchanged;
    @Column(name = "review_suggestions", nullable = false)
    public int reviewSuggestions;
    @Column(name = "error_code", length = 50)
    public String errorCode;
    @Column(columnDefinition = "text")
    public String error;
    @Column(name = "created_by", length = 200)
    public String createdBy;
    @Column(name = "claimed_by", length = 200)
    public String claimedBy;
    @Column(nullable = false)
    public int attempts;
    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
    @Column(name = "started_at")
    public Instant startedAt;
    @Column(name = "finished_at")
    public Instant finishedAt;

    /** Back to a fresh state for a re-run. */
    void resetForRetry() {
        status = QUEUED;
        totalRows = null;
        processedRows = 0;
        peopleCreated = peopleUpdated = peopleUnchanged = peopleSkipped = peopleFailed = 0;
        accountsCreated = accountsUpdated = accountsUnchanged = 0;
        reviewSuggestions = 0;
        errorCode = null;
        error = null;
        startedAt = null;
        finishedAt = null;
    }
}
