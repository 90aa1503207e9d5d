package com.decisionchain.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.hibernate.Session;

import com.decisionchain.common.ApiException;
import com.decisionchain.common.ErrorCode;
import com.decisionchain.stakeholder.StakeholderService;

import io.quarkus.hibernate.orm.panache.Panache;

/** Accepts uploads as queued jobs, reports on them and settles their review suggestions. */
@ApplicationScoped
public class ImportService {

    /** Problems found in the first rows that mean the file is over a configured limit. */
    private static final Set<ImportErrorCode> LIMIT_CODES = EnumSet.of(ImportErrorCode.TOO_MANY_COLUMNS,
            ImportErrorCode.CELL_TOO_LARGE, ImportErrorCode.TOO_MANY_ROWS);

    private final ImportConfig config;
    private final StakeholderService stakeholders;

    public ImportService(ImportConfig config, StakeholderService stakeholders) {
        this.config = config;
        this.stakeholders = stakeholders;
    }

    /** An upload as the resource received it. */
    public record Upload(Path file, String fileName, long size, String format, String mapping, String source,
            boolean dryRun, String idempotencyKey) {
    }

    /**
     * Checks the upload, stores it with a queued job, or returns the job an earlier upload with the same
     * idempotency key created.
     */
    @Transactional
    public ImportJob submit(Upload upload, String actor) {
        if (upload.file() == null) {
            throw ApiException.invalid("file", "is required (multipart part 'file')");
        }
        ImportFormat format = ImportLayouts.format(upload.format());
        String source = format == ImportFormat.GENERIC_CSV ? ImportLayouts.source(upload.source()) : null;
        ExportLayout layout = ImportLayouts.layout(format, upload.mapping(), source);
        String key = upload.idempotencyKey() == null || upload.idempotencyKey().isBlank() ? null : upload.idempotencyKey().strip();
        if (key != null && key.length() > 200) {
            throw ApiException.invalid("Idempotency-Key", "at most 200 characters");
        }
        if (upload.size() > config.maxFileSize().asLongValue()) {
            throw new ApiException(ErrorCode.PAYLOAD_TOO_LARGE, "The file has " + upload.size()
                    + " bytes; at most " + config.maxFileSize().asLongValue() + " are accepted");
        }
        String sha256 = sha256(upload.file());
        if (key != null) {
            ImportJob earlier = ImportJob.find("idempotencyKey", key).firstResult();
            if (earlier != null) {
                if (!earlier.fileSha256.equals(sha256) || !earlier.format.equals(format.name()) || earlier.dryRun != upload.dryRun()) {
                    throw ApiException.conflict("Idempotency-Key " + key + " was used for a different upload");
                }
                return earlier;
            }
        }
        checkLimitsOfFirstRows(upload.file(), layout);

        ImportJob job = new ImportJob();
        job.format = format.name();
        job.status = ImportJob.QUEUED;
        job.dryRun = upload.dryRun();
        job.fileName = upload.fileName() == null ? null
                : upload.fileName().length() > 255 ? upload.fileName().substring(0, 255) : upload.fileName();
        job.fileSize = upload.size();
        job.fileSha256 = sha256;
        job.mapping = format == ImportFormat.GENERIC_CSV ? upload.mapping() : null;
        job.sourceName = source;
        job.idempotencyKey = key;
        job.createdBy = actor;
        job.createdAt = Instant.now();
        job.persist();
        Session session = Panache.getSession();
        session.flush();
        session.doWork(connection -> {
            try (PreparedStatement file = connection.prepareStatement("insert into import_job_file (tenant_id, job_id, content) "
                    + "values (?, ?, ?)"); InputStream content = Files.newInputStream(upload.file())) {
                file.setString(1, job.tenantId);
                file.setObject(2, job.id);
                file.setBinaryStream(3, content, upload.size());
                file.executeUpdate();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            try (PreparedStatement queue = connection.prepareStatement("insert into import_job_queue (job_id, tenant_id, state, "
                    + "enqueued_at) values (?, ?, 'QUEUED', ?)")) {
                queue.setObject(1, job.id);
                queue.setString(2, job.tenantId);
                queue.setTimestamp(3, Timestamp.from(job.createdAt));
                queue.executeUpdate();
            }
        });
        return job;
    }

    public ImportJob require(UUID id) {
        ImportJob job = ImportJob.findById(id);
        if (job == null) {
            throw ApiException.notFound("Import job", id.toString());
        }
        return job;
    }

    /**
     * A job's errors in the order they were found, from the {@code from}th (0 is the first) and at most {@code limit};
     * {@code limit} is null for all of them.
     */
    public List<ImportErrorView> errors(UUID jobId, int from, Integer limit) {
        require(jobId);
        List<ImportErrorView> errors = new ArrayList<>();
        Panache.getSession().doWork(connection -> {
            // Positions are 0, 1, 2, ... as the job wrote them.
            try (PreparedStatement s = connection.prepareStatement("select line, column_name, code, message from import_job_error "
                    + "where job_id = ? and position >= ? order by position limit ?")) {
                s.setObject(1, jobId);
                s.setInt(2, from);
                s.setObject(3, limit, Types.INTEGER);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        long line = r.getLong(1);
                        errors.add(new ImportErrorView(r.wasNull() ? null : line, r.getString(2), r.getString(3), r.getString(4)));
                    }
                }
            }
        });
        return errors;
    }

    /** Queues a failed job again; its stored file is read anew. */
    @Transactional
    public ImportJob retry(UUID jobId) {
        ImportJob job = require(jobId);
        if (!ImportJob.FAILED.equals(job.status)) {
            throw ApiException.conflict("Only a FAILED job can be re-run; this one is " + job.status);
        }
        job.resetForRetry();
        Session session = Panache.getSession();
        session.flush();
        session.doWork(connection -> {
            try (PreparedStatement s = connection.prepareStatement("delete from import_job_error where job_id = ?")) {
                s.setObject(1, jobId);
                s.executeUpdate();
            }
            try (PreparedStatement s = connection.prepareStatement("insert into import_job_queue (job_id, tenant_id, state, "
                    + "enqueued_at) values (?, ?, 'QUEUED', now()) on conflict (job_id) do update set state = 'QUEUED', "
                    + "enqueued_at = now(), claimed_by = null, claimed_at = null")) {
                s.setObject(1, jobId);
                s.setString(2, job.tenantId);
                s.executeUpdate();
            }
        });
        return job;
    }

    public List<ReviewSuggestionView> reviewSuggestions(String status) {
        String wanted = status == null || status.isBlank() ? "PENDING" : status.strip().toUpperCase(java.util.Locale.ROOT);
        if (!Set.of("PENDING", "ACCEPTED", "REJECTED").contains(wanted)) {
            throw ApiException.invalid("status", "must be PENDING, ACCEPTED or REJECTED");
        }
        List<ReviewSuggestionView> found = new ArrayList<>();
        Panache.getSession().doWork(connection -> {
            try (PreparedStatement s = connection.prepareStatement("select id, job_id, stakeholder_id, candidate_stakeholder_id, "
                    + "reason, confidence, status, created_at, decided_at, decided_by from import_review_suggestion "
                    + "where status = ? and (status <> 'PENDING' or (stakeholder_id is not null and candidate_stakeholder_id is not null)) "
                    + "order by created_at, id limit 1000")) {
                s.setString(1, wanted);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        found.add(suggestion(r));
                    }
                }
            }
        });
        return found;
    }

    /** Accepting merges the row's stakeholder into the known one (StakeholderService.merge, which keeps the evidence). */
    @Transactional
    public ReviewSuggestionView decide(UUID suggestionId, boolean accept, String actor) {
        ReviewSuggestionView suggestion = suggestion(suggestionId);
        if (!"PENDING".equals(suggestion.status())) {
            throw ApiException.conflict("The suggestion was already " + suggestion.status());
        }
        if (accept) {
            if (suggestion.stakeholderId() == null || suggestion.candidateStakeholderId() == null) {
                throw ApiException.conflict("One of the two stakeholders no longer exists");
            }
            UUID survivor = UUID.fromString(suggestion.candidateStakeholderId());
            UUID duplicate = UUID.fromString(suggestion.stakeholderId());
            execute("update import_review_suggestion set status = 'ACCEPTED', decided_at = now(), decided_by = ? where id = ?",
                    actor, suggestionId);
            stakeholders.merge(survivor, duplicate, actor);
        } else {
            execute("update import_review_suggestion set status = 'REJECTED', decided_at = now(), decided_by = ? where id = ?",
                    actor, suggestionId);
        }
        return suggestion(suggestionId);
    }

    private ReviewSuggestionView suggestion(UUID id) {
        List<ReviewSuggestionView> found = new ArrayList<>();
        Panache.getSession().doWork(connection -> {
            try (PreparedStatement s = connection.prepareStatement("select id, job_id, stakeholder_id, candidate_stakeholder_id, "
                    + "reason, confidence, status, created_at, decided_at, decided_by from import_review_suggestion where id = ?")) {
                s.setObject(1, id);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        found.add(suggestion(r));
                    }
                }
            }
        });
        if (found.isEmpty()) {
            throw ApiException.notFound("Review suggestion", id.toString());
        }
        return found.get(0);
    }

    private static ReviewSuggestionView suggestion(ResultSet r) throws java.sql.SQLException {
        Timestamp decided = r.getTimestamp(9);
        return new ReviewSuggestionView(r.getString(1), r.getString(2), r.getString(3), r.getString(4), r.getString(5),
                r.getDouble(6), r.getString(7), r.getTimestamp(8).toInstant(), decided == null ? null : decided.toInstant(),
                r.getString(10));
    }

    private static void execute(String sql, Object... parameters) {
        Panache.getSession().doWork(connection -> {
            try (PreparedStatement s = connection.prepareStatement(sql)) {
                for (int i = 0; i < parameters.length; i++) {
                    s.setObject(i + 1, parameters[i]);
                }
                s.executeUpdate();
            }
        });
    }

    /** Reads the header and first rows only, so a file over the column or cell limit is refused before work starts. */
    private void checkLimitsOfFirstRows(Path file, ExportLayout layout) {
        try (ExportFile opened = new ExportReader(config.limits()).open(Files.newInputStream(file), layout)) {
            opened.header();
        } catch (ImportParseException e) {
            if (LIMIT_CODES.contains(e.code())) {
                throw new ApiException(ErrorCode.PAYLOAD_TOO_LARGE, e.getMessage());
            }
        } catch (IOException | RuntimeException e) {
            // anything else wrong with the file is reported by the job, with its code and line
        }
    }

    private static String sha256(Path file) {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            byte[] buffer = new byte[64 * 1024];
            while (in.read(buffer) >= 0) {
                // reading feeds the digest
            }
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
