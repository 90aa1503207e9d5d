package com.decisionchain.importing;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/**
 * Takes queued jobs off the shared queue, one at a time per instance. Claiming uses
 * {@code FOR UPDATE SKIP LOCKED}, so any number of instances can share the queue. At start-up, jobs
 * this instance was running (or any job claimed longer ago than {@code stale-after}) are marked failed:
 * their transaction died with the process, so nothing of them was committed, and they can be re-run.
 */
@ApplicationScoped
public class ImportWorker {

    private static final Logger LOG = Logger.getLogger(ImportWorker.class);

    private final ImportConfig config;
    private final ImportRunner runner;
    private final String workerId;
    private final AgroalDataSource dataSource;
    private ScheduledExecutorService executor;

    public ImportWorker(ImportConfig config, ImportRunner runner, AgroalDataSource dataSource) {
        this.config = config;
        this.dataSource = dataSource;
        this.runner = runner;
        this.workerId = config.workerId().orElseGet(ImportWorker::hostName);
    }

    void start(@Observes StartupEvent event) {
        failAbandonedJobs();
        if (!config.workerEnabled()) {
            return;
        }
        executor = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "import-worker");
            thread.setDaemon(true);
            return thread;
        });
        long interval = config.pollInterval().toMillis();
        executor.scheduleWithFixedDelay(this::drain, interval, interval, TimeUnit.MILLISECONDS);
    }

    void stop(@Observes ShutdownEvent event) {
        if (executor != null) {
            executor.shutdownNow();
        }
    }

    /** Looks for work now instead of at the next poll (after an upload was committed). */
    public void wake() {
        if (executor != null && !executor.isShutdown()) {
            executor.execute(this::drain);
        }
    }

    /** Runs queued jobs until none is left. */
    void drain() {
        try {
            for (Optional<Claim> claim = claim(); claim.isPresent(); claim = claim()) {
                runner.run(claim.get().jobId(), claim.get().tenantId());
            }
        } catch (RuntimeException e) {
            LOG.error("The import worker could not claim a job", e);
        }
    }

    private record Claim(UUID jobId, String tenantId) {
    }

    private Optional<Claim> claim() {
        // The queue has no tenant, so it is read outside Hibernate's tenant-bound sessions; one statement, autocommit.
        Optional<Claim> claim;
        try (Connection connection = dataSource.getConnection();
                PreparedStatement s = connection.prepareStatement("update import_job_queue set state = 'RUNNING', "
                    + "claimed_by = ?, claimed_at = now() where job_id = (select job_id from import_job_queue where state = 'QUEUED' "
                    + "order by enqueued_at limit 1 for update skip locked) returning job_id, tenant_id")) {
            s.setString(1, workerId);
            try (ResultSet r = s.executeQuery()) {
                claim = r.next() ? Optional.of(new Claim(r.getObject(1, UUID.class), r.getString(2))) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not claim an import job", e);
        }
        claim.ifPresent(c -> runner.markRunning(c.jobId(), c.tenantId(), workerId));
        return claim;
    }

    /** Marks failed the jobs whose runner died with an instance; returns how many. */
    public int failAbandonedJobs() {
        List<Claim> abandoned = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement s = connection.prepareStatement("select job_id, tenant_id from import_job_queue "
                    + "where state = 'RUNNING' and (claimed_by = ? or claimed_at < ?)")) {
            s.setString(1, workerId);
            s.setTimestamp(2, Timestamp.from(Instant.now().minus(config.staleAfter())));
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    abandoned.add(new Claim(r.getObject(1, UUID.class), r.getString(2)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the import queue", e);
        }
        abandoned.forEach(claim -> runner.markAbandoned(claim.jobId(), claim.tenantId()));
        if (!abandoned.isEmpty()) {
            LOG.warnf("Marked %d abandoned import job(s) failed", abandoned.size());
        }
        return abandoned.size();
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "import-worker";
        }
    }
}
