package com.decisionchain.tenancy;

import java.util.Optional;

import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * How a verified token names its tenant. Shared-issuer tenants name it in a claim; a tenant that
 * brings its own issuer is named by that issuer. Each strategy answers only for tokens it knows.
 */
public interface TenantResolution {

    Optional<String> tenantOf(JsonWebToken token);
}
