package com.decisionchain.tenancy;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import io.quarkus.hibernate.orm.runtime.tenant.TenantResolver;

/** Hibernate's tenant discriminator, the first isolation layer: fills and filters {@code tenant_id}. */
@ApplicationScoped
@PersistenceUnitExtension
public class HibernateTenantResolver implements TenantResolver {

    @Override
    public String getDefaultTenantId() {
        return TenantContext.NO_TENANT;
    }

    @Override
    public String resolveTenantId() {
        return TenantContext.current();
    }
}
