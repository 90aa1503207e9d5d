package com.decisionchain.tenancy;

import java.time.Duration;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.jwt.JsonWebToken;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;

/**
 * Identities of bearer tokens that passed full verification, so a client's next requests with the
 * same token skip the signature check and claim parsing. Runs before the OIDC provider: a token
 * seen before answers from here, any other token (a new one, a tampered one, one that failed) goes
 * on to full verification. The key is the exact token text, so one changed character is a
 * different key. An entry lives until the token expires, or {@code max-age} at most, which bounds
 * how long a signing key withdrawn by the issuer keeps working for tokens already seen. Failures
 * are never kept.
 */
@ApplicationScoped
public class VerifiedTokenCache implements IdentityProvider<TokenAuthenticationRequest> {

    /** Attributes that belong to the request that verified the token, replaced on every reuse. */
    private static final Set<String> REQUEST_ATTRIBUTES = Set.of(
            HttpSecurityUtils.ROUTING_CONTEXT_ATTRIBUTE, AuthenticationRequestContext.class.getName());

    /** The scheme of an {@code Authorization} header carrying a bearer token (RFC 6750), case-insensitive. */
    private static final String BEARER_PREFIX = "Bearer ";

    private final Cache<String, SecurityIdentity> identities;

    public VerifiedTokenCache(TenancyConfig config, MeterRegistry metrics) {
        TenancyConfig.VerifiedTokens settings = config.verifiedTokens();
        if (settings.maxEntries() <= 0) {
            this.identities = null;
            return;
        }
        this.identities = Caffeine.newBuilder()
                .maximumSize(settings.maxEntries())
                .expireAfter(new UntilExpiry(settings.maxAge()))
                .recordStats()
                .build();
        // Hits, misses and evictions as cache_* metrics with cache="verified-tokens".
        CaffeineCacheMetrics.monitor(metrics, identities, "verified-tokens");
    }

    @Override
    public Class<TokenAuthenticationRequest> getRequestType() {
        return TokenAuthenticationRequest.class;
    }

    /**
     * Ahead of the OIDC provider (whose priority is {@code SYSTEM_FIRST + 1}), so it only sees tokens not
     * kept here. Equal priorities would leave the order to chance.
     */
    @Override
    public int priority() {
        return SYSTEM_FIRST + 1000;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TokenAuthenticationRequest request, AuthenticationRequestContext context) {
        SecurityIdentity verified = identities == null ? null : identities.getIfPresent(request.getToken().getToken());
        if (verified == null) {
            return Uni.createFrom().nullItem();
        }
        QuarkusSecurityIdentity.Builder reused = QuarkusSecurityIdentity.builder(verified)
                .addAttribute(AuthenticationRequestContext.class.getName(), context);
        Object routingContext = HttpSecurityUtils.getRoutingContextAttribute(request);
        if (routingContext != null) {
            reused.addAttribute(HttpSecurityUtils.ROUTING_CONTEXT_ATTRIBUTE, routingContext);
        }
        return Uni.createFrom().item(reused.build());
    }

    /**
     * The identity of the bearer token in an {@code Authorization} header value when exactly that token
     * was verified before, else null. For a route that authenticates on its own, without the OIDC
     * mechanism's inspection of the token on every request. Only a hit is counted here: a miss goes
     * on to full authentication, whose lookup in {@link #authenticate} counts it.
     */
    public SecurityIdentity knownBearer(String authorization) {
        if (identities == null || authorization == null
                || !authorization.regionMatches(true, 0, BEARER_PREFIX, 0, BEARER_PREFIX.length())) {
            return null;
        }
        // As the OIDC mechanism reads it: everything after the scheme and one space, untrimmed.
        String token = authorization.substring(BEARER_PREFIX.length());
        return identities.policy().getIfPresentQuietly(token) == null ? null : identities.getIfPresent(token);
    }

    /**
     * Keeps a fully verified and augmented identity for its token, without the attributes of the
     * request that verified it.
     */
    void remember(SecurityIdentity identity) {
        if (identities == null || !(identity.getPrincipal() instanceof JsonWebToken token)
                || token.getRawToken() == null || token.getExpirationTime() <= 0) {
            return;
        }
        QuarkusSecurityIdentity.Builder kept = QuarkusSecurityIdentity.builder()
                .setPrincipal(identity.getPrincipal())
                .addCredentials(identity.getCredentials())
                .addRoles(identity.getRoles());
        for (Map.Entry<String, Object> attribute : identity.getAttributes().entrySet()) {
            if (!REQUEST_ATTRIBUTES.contains(attribute.getKey())) {
                kept.addAttribute(attribute.getKey(), attribute.getValue());
            }
        }
        identities.put(token.getRawToken(), kept.build());
    }

    /** How long a token verified at {@code nowMillis} may be kept: until it expires, and {@code maxAge} at most. */
    static long lifetimeNanos(long expiresAtEpochSecond, long nowMillis, Duration maxAge) {
        long untilExpiryMillis = Math.min(expiresAtEpochSecond, Long.MAX_VALUE / 1000) * 1000 - nowMillis;
        return Math.max(0, Math.min(untilExpiryMillis, maxAge.toMillis()) * 1_000_000);
    }

    private static final class UntilExpiry implements Expiry<String, SecurityIdentity> {

        private final Duration maxAge;

        UntilExpiry(Duration maxAge) {
            this.maxAge = maxAge;
        }

        @Override
        public long expireAfterCreate(String token, SecurityIdentity identity, long currentTime) {
            long expiresAt = identity.getPrincipal() instanceof JsonWebToken jwt ? jwt.getExpirationTime() : 0;
            return lifetimeNanos(expiresAt, System.currentTimeMillis(), maxAge);
        }

        @Override
        public long expireAfterUpdate(String token, SecurityIdentity identity, long currentTime, long currentDuration) {
            return expireAfterCreate(token, identity, currentTime);
        }

        @Override
        public long expireAfterRead(String token, SecurityIdentity identity, long currentTime, long currentDuration) {
            return currentDuration;
        }
    }
}
