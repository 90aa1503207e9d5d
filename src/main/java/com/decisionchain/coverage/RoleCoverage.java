package com.decisionchain.coverage;

import java.util.List;

/** A role of the taxonomy with its weight in the stage and the status of its best current member. */
public record RoleCoverage(String role, double weight, RoleStatus status, List<MemberCoverage> members) {

    public RoleCoverage {
        members = List.copyOf(members);
    }
}
