package com.decisionchain.tenancy;

import java.util.Optional;

/** The product roles a token can carry (DESIGN §4). */
public enum Role {
    VIEWER, REP, MANAGER, ADMIN, INTEGRATOR, PARTNER;

    public String claimValue() {
        return name().toLowerCase();
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
