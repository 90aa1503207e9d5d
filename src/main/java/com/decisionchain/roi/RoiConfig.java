package com.decisionchain.roi;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the ROI endpoint and saved scenarios. */
@ConfigMapping(prefix = "decision-chain.roi")
public interface RoiConfig {

    /**
     * Largest accepted ROI request body in bytes (REST body and the {@code request} string of a
     * saved scenario); a larger REST body answers 413. A full 30-year request is well under 8 KB.
     */
    @WithDefault("65536")
    int maxBodyBytes();

    /** The per-client limit of {@code POST /api/v1/roi}. */
    RateLimit rateLimit();

    interface RateLimit {

        /**
         * Requests one client (token {@code azp}/{@code client_id}, else subject) of one tenant may
         * make per minute; the allowance refills continuously. Env: DECISION_CHAIN_ROI_RATE_LIMIT_REQUESTS_PER_MINUTE.
         */
        @WithDefault("120")
        long requestsPerMinute();

        /** Most clients whose buckets are kept at once; idle ones are dropped first (a dropped bucket is full anyway). */
        @WithDefault("100000")
        long maxTrackedClients();
    }
}
