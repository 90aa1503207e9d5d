package com.decisionchain.roi;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;

/**
 * Per-client token buckets (Bucket4j) for the ROI endpoint. Buckets live in memory, one per tenant
 * and client, in a bounded cache: a bucket idle for a whole minute has refilled completely, so
 * dropping it loses nothing. Limits are per service instance.
 */
@ApplicationScoped
public class RoiRateLimiter {

    private static final Duration PERIOD = Duration.ofMinutes(1);

    private final long requestsPerMinute;
    private final Cache<Client, Bucket> buckets;

    public RoiRateLimiter(RoiConfig config) {
        this.requestsPerMinute = config.rateLimit().requestsPerMinute();
        this.buckets = Caffeine.newBuilder()
                .maximumSize(config.rateLimit().maxTrackedClients())
                .expireAfterAccess(PERIOD)
                .build();
    }

    /** What a request may do: go ahead, or wait {@code retryAfterSeconds}. */
    public record Decision(boolean allowed, long remaining, long retryAfterSeconds) {
    }

    /**
     * Who a bucket belongs to: the tenant, and the token claim naming the client with its value. A
     * record of the verified token's own strings: no key text is built per request.
     */
    public record Client(String tenant, String claim, String id) {
    }

    /** Takes one request from the client's allowance. */
    public Decision acquire(Client client) {
        Bucket bucket = buckets.get(client, key -> newBucket());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            return new Decision(true, probe.getRemainingTokens(), 0);
        }
        // Whole seconds, rounded up, and at least 1: Retry-After has no fractions.
        long seconds = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill() + 999_999_999L));
        return new Decision(false, 0, seconds);
    }

    public long limit() {
        return requestsPerMinute;
    }

    private Bucket newBucket() {
        return Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(requestsPerMinute).refillGreedy(requestsPerMinute, PERIOD).build())
                .build();
    }
}
