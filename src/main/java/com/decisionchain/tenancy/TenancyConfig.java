package com.decisionchain.tenancy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "decision-chain.tenancy")
public interface TenancyConfig {

    /** Token claim naming the tenant in shared-issuer mode; a dotted path reaches into objects (e.g. {@code organization.id}). */
    @WithDefault("tenant_id")
    String tenantClaim();

    /** Token claim listing the caller's roles; dotted path, Keycloak's {@code realm_access.roles} by default. */
    @WithDefault("realm_access.roles")
    String rolesClaim();

    /**
     * Tenants that bring their own issuer, by tenant id ({@code decision-chain.tenancy.issuers.<tenant>.*}).
     * A token from such an issuer belongs to that tenant whatever its claims say; the shared issuer
     * cannot name these tenants. Read at start-up, so a restart (not a rebuild) adds a tenant.
     */
    Map<String, TenantIssuer> issuers();

    /** Tokens already verified, kept so a client's next requests skip the signature check. */
    VerifiedTokens verifiedTokens();

    interface VerifiedTokens {

        /** Most tokens kept (about 4 KB each); 0 turns the cache off and every request is verified in full. */
        @WithDefault("10000")
        long maxEntries();

        /**
         * Longest a verified token is kept, however late it expires: the delay after which a signing key
         * withdrawn from the issuer's key set stops being accepted for tokens seen before.
         */
        @WithDefault("60S")
        Duration maxAge();
    }

    interface TenantIssuer {

        /** OIDC base URL of the tenant's provider; its discovery document gives the keys (e.g. a Keycloak realm URL). */
        String authServerUrl();

        /** Expected {@code iss} of the tenant's tokens; the discovered issuer by default. */
        Optional<String> issuer();

        /** Audiences one of which the tenant's tokens must carry; none means the audience is not checked. */
        Optional<List<String>> audience();
    }
}
