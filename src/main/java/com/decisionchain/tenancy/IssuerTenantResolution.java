package com.decisionchain.tenancy;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Per-issuer mode: a token from a tenant's own issuer belongs to that tenant, whatever tenant claim
 * it carries. The token reaches here verified by that issuer's keys ({@link IssuerOidcConfigResolver}).
 */
@ApplicationScoped
public class IssuerTenantResolution implements TenantResolution {

    private final TenantIssuers issuers;

    public IssuerTenantResolution(TenantIssuers issuers) {
        this.issuers = issuers;
    }

    @Override
    public Optional<String> tenantOf(JsonWebToken token) {
        return issuers.tenantOf(token.getIssuer());
    }
}
