package com.decisionchain.tenancy;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.jwt.JsonWebToken;

/** Shared-issuer mode: the tenant is the value of a configurable claim. */
@ApplicationScoped
public class SharedIssuerTenantResolution implements TenantResolution {

    private final TenancyConfig config;

    public SharedIssuerTenantResolution(TenancyConfig config) {
        this.config = config;
    }

    @Override
    public Optional<String> tenantOf(JsonWebToken token) {
        return Optional.ofNullable(Claims.text(Claims.at(token, config.tenantClaim())));
    }
}
