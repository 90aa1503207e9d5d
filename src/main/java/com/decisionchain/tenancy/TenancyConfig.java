package com.decisionchain.tenancy;

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
}
