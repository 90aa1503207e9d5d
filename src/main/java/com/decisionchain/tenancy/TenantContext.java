package com.decisionchain.tenancy;

import java.util.function.Supplier;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;

/**
 * Where the database layers learn the current tenant: the authenticated request's tenant, or one
 * set explicitly for work outside a request (seeding, background jobs). Nothing set means no
 * tenant, and then row-level security shows no rows and accepts no writes.
 */
public final class TenantContext {

    /** Hibernate needs a tenant identifier even when there is none; no row ever carries this one. */
    public static final String NO_TENANT = "";

    private static final ThreadLocal<String> EXPLICIT = new ThreadLocal<>();

    private TenantContext() {
    }

    public static String current() {
        String explicit = EXPLICIT.get();
        if (explicit != null) {
            return explicit;
        }
        ManagedContext requestContext = Arc.container().requestContext();
        if (requestContext.isActive()) {
            RequestTenant requestTenant = Arc.container().instance(RequestTenant.class).get();
            if (requestTenant.tenantId() != null) {
                return requestTenant.tenantId();
            }
        }
        return NO_TENANT;
    }

    /** Runs work as the given tenant on this thread (no request needed). */
    public static <T> T callAs(String tenantId, Supplier<T> work) {
        String previous = EXPLICIT.get();
        EXPLICIT.set(tenantId);
        try {
            return work.get();
        } finally {
            if (previous == null) {
                EXPLICIT.remove();
            } else {
                EXPLICIT.set(previous);
            }
        }
    }
}
