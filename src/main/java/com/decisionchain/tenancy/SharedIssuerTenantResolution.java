package com.decisionchain.tenancy;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Shared-issuer mode: the tenant is the value of a configurable claim. Tokens of a per-tenant
 * issuer are not answered here, and the claim cannot name a tenant that brings its own issuer.
 */
@ApplicationScoped
public class SharedIssuerTenantResolution implements TenantResolution {

    private final TenancyConfig config;
    private final TenantIssuers issuers;

    public SharedIssuerTenantResolution(TenancyConfig config, TenantIssuers issuers) {
        this.config = config;
        this.issuers = issuers;
    }

    @Override
    public Optional<String> tenantOf(JsonWebToken token) {
        if (issuers.tenantOf(token.getIssuer()).isPresent()) {
            return Optional.empty();
        }
        return Optional.ofNullable(Claims.text(Claims.at(token, config.tenantClaim())))
                .filter(tenant -> !issuers.hasOwnIssuer(tenant));
    }
}
