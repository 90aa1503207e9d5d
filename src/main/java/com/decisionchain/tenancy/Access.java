package com.decisionchain.tenancy;

import java.util.EnumSet;
import java.util.Set;

/** What an operation needs, and which roles grant it (DESIGN §4). */
public enum Access {
    /** Read the decision-chain domain. */
    READ(EnumSet.of(Role.VIEWER, Role.REP, Role.MANAGER, Role.ADMIN)),
    /** Read contact details (email, phone, LinkedIn, location, names as entered). */
    READ_PII(EnumSet.of(Role.REP, Role.MANAGER, Role.ADMIN)),
    /** Create and change accounts, people, deals, roles, interactions and commitments. */
    WRITE(EnumSet.of(Role.REP, Role.MANAGER, Role.ADMIN)),
    /** Read the tenant's settings (e.g. analytics weights and thresholds). */
    READ_SETTINGS(EnumSet.of(Role.MANAGER, Role.ADMIN)),
    /** Change the tenant's settings. */
    WRITE_SETTINGS(EnumSet.of(Role.ADMIN)),
    /** Compute ROI models ({@code POST /api/v1/roi}); partners get nothing else. */
    ROI(EnumSet.of(Role.PARTNER, Role.VIEWER, Role.REP, Role.MANAGER, Role.ADMIN)),
    /** Push contact exports in, follow import jobs and review their suggestions. */
    IMPORT(EnumSet.of(Role.INTEGRATOR, Role.MANAGER, Role.ADMIN));

    private final Set<Role> grantedTo;

    Access(Set<Role> grantedTo) {
        this.grantedTo = grantedTo;
    }

    public boolean grantedTo(Set<Role> roles) {
        return roles.stream().anyMatch(grantedTo::contains);
    }
}
