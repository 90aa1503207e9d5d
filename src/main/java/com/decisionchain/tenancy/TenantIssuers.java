package com.decisionchain.tenancy;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * The configured per-tenant issuers, by the {@code iss} value their tokens carry. Keycloak's
 * {@code iss} is the realm URL, so the issuer defaults to the auth server URL.
 */
@ApplicationScoped
public class TenantIssuers {

    private final Map<String, String> tenantByIssuer;
    private final Map<String, TenancyConfig.TenantIssuer> configByIssuer;

    public TenantIssuers(TenancyConfig config) {
        Map<String, String> tenants = new HashMap<>();
        Map<String, TenancyConfig.TenantIssuer> configs = new HashMap<>();
        config.issuers().forEach((tenant, issuer) -> {
            if (!TenantIdentityAugmentor.isTenantId(tenant)) {
                throw new IllegalStateException("decision-chain.tenancy.issuers: '" + tenant + "' is not a valid tenant id");
            }
            String iss = normalized(issuer.issuer().orElse(issuer.authServerUrl()));
            if (tenants.putIfAbsent(iss, tenant) != null) {
                throw new IllegalStateException("decision-chain.tenancy.issuers: two tenants share the issuer " + iss);
            }
            configs.put(iss, issuer);
        });
        this.tenantByIssuer = Collections.unmodifiableMap(tenants);
        this.configByIssuer = Collections.unmodifiableMap(configs);
    }

    /** The tenant whose own issuer this is, if any. */
    public Optional<String> tenantOf(String issuer) {
        return issuer == null ? Optional.empty() : Optional.ofNullable(tenantByIssuer.get(normalized(issuer)));
    }

    /** Whether the tenant brings its own issuer (and so cannot be named by the shared issuer's claim). */
    public boolean hasOwnIssuer(String tenant) {
        return tenantByIssuer.containsValue(tenant);
    }

    Map<String, TenancyConfig.TenantIssuer> byIssuer() {
        return configByIssuer;
    }

    static String normalized(String issuer) {
        return issuer.endsWith("/") ? issuer.substring(0, issuer.length() - 1) : issuer;
    }
}
