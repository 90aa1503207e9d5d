package com.decisionchain.tenancy;

import java.util.Locale;
import java.util.Optional;

/** The product roles a token can carry (DESIGN §4). */
public enum Role {
    VIEWER, REP, MANAGER, ADMIN, INTEGRATOR, PARTNER;

    /** Every request maps its token's roles: the claim value is worked out once. */
    private final String claimValue = name().toLowerCase(Locale.ROOT);

    public String claimValue() {
        return claimValue;
    }

    public static Optional<Role> fromClaim(String value) {
        for (Role role : values()) {
            if (role.claimValue().equals(value)) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }
}
