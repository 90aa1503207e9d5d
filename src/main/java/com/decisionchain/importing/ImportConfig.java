package com.decisionchain.importing;

import java.time.Duration;
import java.util.Optional;

import jakarta.validation.constraints.Min;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Limits and scheduling of contact-export imports (DESIGN §5). */
@ConfigMapping(prefix = "decision-chain.import")
public interface ImportConfig {

    /** Largest upload accepted, in bytes; larger answers 413. quarkus.http.limits.max-body-size must allow it. */
    @WithDefault("200M")
    io.quarkus.runtime.configuration.MemorySize maxFileSize();

    /** Most data rows in one file; more fails the job with TOO_MANY_ROWS before anything is written. */
    @WithDefault("2000000")
    long maxRows();

    /** Most fields in one record; more answers 413 at upload (header) or fails the job. */
    @WithDefault("500")
    int maxColumns();

    /** Most characters in one cell; more answers 413 at upload (first rows) or fails the job. */
    @WithDefault("65536")
    int maxCellChars();

    /** Most errors one JSON page of a job's errors holds; its Link header points to the next page. */
    @WithDefault("1000")
    @Min(1)
    int errorsPerPage();

    /** How often an idle worker looks for queued jobs. */
    @WithDefault("2S")
    Duration pollInterval();

    /** Longest a job's single transaction may run. */
    @WithDefault("PT30M")
    Duration jobTimeout();

    /** A job claimed longer ago than this is considered abandoned by a dead instance and failed at start-up. */
    @WithDefault("PT2H")
    Duration staleAfter();

    /** Name this instance claims jobs under; defaults to the host name. */
    Optional<String> workerId();

    /** False stops this instance from running jobs (it still accepts them). */
    @WithDefault("true")
    boolean workerEnabled();

    default ImportLimits limits() {
        return new ImportLimits(maxColumns(), maxCellChars(), maxRows());
    }
}
