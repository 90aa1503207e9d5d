package com.decisionchain.importing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;

import org.hibernate.Session;
import org.jboss.logging.Logger;
import org.postgresql.PGStatement;

import com.decisionchain.taxonomy.TitleRoleInference;
import com.decisionchain.tenancy.TenantContext;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Runs one claimed job as its tenant. All the job's writes happen in one transaction: every valid row
 * is committed together with the job's SUCCEEDED state, or nothing is and the job is FAILED with the
 * reason. A dry run plans everything and writes only the job's counts and errors.
 */
@ApplicationScoped
public class ImportRunner {

    private static final Logger LOG = Logger.getLogger(ImportRunner.class);
    private static final String TAXONOMY = "/taxonomy/title_role_taxonomy.csv";
    private static final long PROGRESS_INTERVAL_NANOS = 1_000_000_000L;
    /** pgjdbc: a negative prepare threshold makes even a statement's first execution return binary values. */
    private static final int FORCE_BINARY_TRANSFER = -1;

    private final ImportConfig config;
    private final MergePlanner planner;

    public ImportRunner(ImportConfig config) throws IOException {
        this.config = config;
        try (InputStream csv = ImportRunner.class.getResourceAsStream(TAXONOMY)) {
            this.planner = new MergePlanner(TitleRoleInference.load(csv));
        }
    }

    /** A reason the whole job fails, with the errors to report. */
    static final class JobFailure extends RuntimeException {
        final String code;
        final transient List<RowError> errors;
        final Long line;

        JobFailure(String code, String message, Long line, List<RowError> errors) {
            super(message, null, false, false);
            this.code = code;
            this.line = line;
            this.errors = List.copyOf(errors);
        }
    }

    static final String ABANDONED = "The service stopped while the job was running; nothing was committed. "
            + "Re-run it with POST /api/v1/imports/{id}/retry";

    /** Hibernate resolves tenants only inside a request context, so background work opens one. */
    @ActivateRequestContext
    public void markRunning(UUID jobId, String tenantId, String workerId) {
        TenantContext.callAs(tenantId, () -> QuarkusTransaction.requiringNew().call(() -> {
            ImportJob job = ImportJob.findById(jobId);
            if (job != null) {
                job.status = ImportJob.RUNNING;
                job.startedAt = Instant.now();
                job.claimedBy = workerId;
                job.attempts++;
            }
            return null;
        }));
    }

    @ActivateRequestContext
    public void markAbandoned(UUID jobId, String tenantId) {
        TenantContext.callAs(tenantId, () -> QuarkusTransaction.requiringNew().call(() -> {
            ImportJob job = ImportJob.findById(jobId);
            if (job != null && !ImportJob.SUCCEEDED.equals(job.status)) {
                job.status = ImportJob.FAILED;
                job.errorCode = "ABANDONED";
                job.error = ABANDONED;
                job.finishedAt = Instant.now();
            }
            Panache.getSession().doWork(connection -> dequeue(connection, jobId));
            return null;
        }));
    }

    @ActivateRequestContext
    public void run(UUID jobId, String tenantId) {
        TenantContext.callAs(tenantId, () -> {
            ImportPhases phases = new ImportPhases();
            try {
                QuarkusTransaction.requiringNew().timeout((int) config.jobTimeout().toSeconds()).run(() -> execute(jobId, phases));
                phases.mark("commit");
                LOG.infof("Import job %s phases: %s", jobId, phases);
            } catch (RuntimeException e) {
                JobFailure failure = e instanceof JobFailure known ? known : unexpected(jobId, e);
                QuarkusTransaction.requiringNew().run(() -> fail(jobId, failure));
            }
            return null;
        });
    }

    private static JobFailure unexpected(UUID jobId, RuntimeException e) {
        LOG.errorf(e, "Import job %s failed", jobId);
        return new JobFailure("INTERNAL", "The import could not be committed, so nothing was written; it can be re-run", null, List.of());
    }

    private void execute(UUID jobId, ImportPhases phases) {
        ImportJob job = ImportJob.findById(jobId);
        if (job == null || !ImportJob.RUNNING.equals(job.status)) {
            return;
        }
        Session session = Panache.getSession();
        ExportLayout layout = ImportLayouts.layout(ImportFormat.valueOf(job.format), job.mapping, job.sourceName);
        byte[] content = session.doReturningWork(connection -> {
            try (PreparedStatement s = connection.prepareStatement("select content from import_job_file where job_id = ?")) {
                // As text, the file would travel hex-encoded at twice its size and be decoded here byte by byte.
                s.unwrap(PGStatement.class).setPrepareThreshold(FORCE_BINARY_TRANSFER);
                s.setObject(1, jobId);
                try (ResultSet r = s.executeQuery()) {
                    return r.next() ? r.getBytes(1) : null;
                }
            }
        });
        if (content == null) {
            throw new JobFailure("FILE_MISSING", "The uploaded file is no longer stored", null, List.of());
        }
        phases.mark("read-file");
        List<ImportRow> rows = parse(content, layout);
        phases.mark("parse");
        List<RowError> rowErrors = rows.stream().filter(RowError.class::isInstance).map(RowError.class::cast).toList();
        if (rowErrors.size() == rows.size()) {
            throw new JobFailure("NO_VALID_ROWS", "None of the " + rows.size() + " data rows can be imported; see the errors",
                    null, rowErrors);
        }
        Instant now = Instant.now();
        MergeState state = session.doReturningWork(connection -> new ImportStore(connection).loadState());
        phases.mark("load-history");
        long[] lastReport = {System.nanoTime()};
        MergePlan plan = planner.plan(state, rows, jobId, job.createdAt, placed -> {
            // Each report is a commit of its own; at most one a second keeps them from slowing the job down.
            if (System.nanoTime() - lastReport[0] >= PROGRESS_INTERVAL_NANOS) {
                reportProgress(jobId, rows.size(), placed);
                lastReport[0] = System.nanoTime();
            }
        });
        phases.mark("match-and-plan");
        if (!job.dryRun) {
            session.doWork(connection -> new ImportStore(connection).write(plan, jobId, job.createdBy, now, phases));
        }
        session.doWork(connection -> writeErrors(connection, jobId, null, rowErrors));
        phases.mark("row-errors");
        MergePlan.Counts counts = plan.counts();
        job.totalRows = rows.size();
        job.processedRows = rows.size();
        job.peopleCreated = counts.created();
        job.peopleUpdated = counts.updated();
        job.peopleUnchanged = counts.unchanged();
        job.peopleSkipped = counts.skipped();
        job.peopleFailed = counts.failed();
        job.accountsCreated = counts.accountsCreated();
        job.accountsUpdated = counts.accountsUpdated();
        job.accountsUnchanged = counts.accountsUnchanged();
        job.reviewSuggestions = plan.reviewSuggestions().size();
        job.status = ImportJob.SUCCEEDED;
        job.finishedAt = Instant.now();
        session.doWork(connection -> dequeue(connection, jobId));
    }

    /**
     * Publishes progress in its own short transaction, since the job's own writes stay invisible until it
     * commits. Only the counters change (the job's transaction writes the row again at its end).
     */
    private static void reportProgress(UUID jobId, int totalRows, int processedRows) {
        QuarkusTransaction.requiringNew().run(() -> ImportJob.update("totalRows = ?1, processedRows = ?2 where id = ?3",
                totalRows, processedRows, jobId));
    }

    private List<ImportRow> parse(byte[] content, ExportLayout layout) {
        List<ImportRow> rows = new ArrayList<>();
        try (ExportFile file = new ExportReader(config.limits()).open(new ByteArrayInputStream(content), layout)) {
            for (ImportRow row : file) {
                rows.add(RowChecks.check(row, layout));
            }
        } catch (ImportParseException e) {
            Long line = e.line().isPresent() ? e.line().getAsLong() : null;
            throw new JobFailure(e.code().name(), e.getMessage(), line, rows.stream()
                    .filter(RowError.class::isInstance).map(RowError.class::cast).toList());
        } catch (IOException | UncheckedIOException e) {
            throw new JobFailure("READ_FAILED", "The stored file could not be read", null, List.of());
        }
        return rows;
    }

    private void fail(UUID jobId, JobFailure failure) {
        ImportJob job = ImportJob.findById(jobId);
        if (job == null) {
            return;
        }
        job.status = ImportJob.FAILED;
        job.errorCode = failure.code;
        job.error = failure.getMessage();
        job.finishedAt = Instant.now();
        job.peopleFailed = failure.errors.size();
        Panache.getSession().doWork(connection -> {
            try (PreparedStatement s = connection.prepareStatement("delete from import_job_error where job_id = ?")) {
                s.setObject(1, jobId);
                s.executeUpdate();
            }
            writeErrors(connection, jobId, failure, failure.errors);
            dequeue(connection, jobId);
        });
    }

    private static void writeErrors(java.sql.Connection connection, UUID jobId, JobFailure fileError, List<RowError> errors)
            throws SQLException {
        try (PreparedStatement s = connection.prepareStatement("insert into import_job_error (tenant_id, job_id, position, line, "
                + "column_name, code, message) values (" + ImportStore.SESSION_TENANT + ", ?, ?, ?, ?, ?, ?)")) {
            int position = 0;
            if (fileError != null) {
                s.setObject(1, jobId);
                s.setInt(2, position++);
                s.setObject(3, fileError.line);
                s.setString(4, null);
                s.setString(5, fileError.code);
                s.setString(6, fileError.getMessage());
                s.addBatch();
            }
            for (RowError error : errors) {
                s.setObject(1, jobId);
                s.setInt(2, position++);
                s.setLong(3, error.line());
                s.setString(4, error.column());
                s.setString(5, error.code().name());
                s.setString(6, error.message());
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    static void dequeue(java.sql.Connection connection, UUID jobId) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement("delete from import_job_queue where job_id = ?")) {
            s.setObject(1, jobId);
            s.executeUpdate();
        }
    }
}
