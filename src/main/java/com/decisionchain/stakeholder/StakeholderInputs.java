package com.decisionchain.stakeholder;

import java.time.Instant;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** GraphQL inputs and filters of stakeholders and their relationships. */
public final class StakeholderInputs {

    private StakeholderInputs() {
    }

    /** {@code personId} links a new employment to a person already known (a move between companies). */
    @Input("StakeholderInput")
    public record StakeholderInput(@NonNull @Id String accountId, @Size(max = 100) String firstName,
            @Size(max = 100) String lastName, @Size(max = 200) String fullName, @Size(max = 200) String title,
            @Size(max = 200) String department, Seniority seniority, @Email @Size(max = 320) String email,
            @Size(max = 50) String phone, @Size(max = 500) String linkedinUrl, @Size(max = 200) String location,
            @Id String reportsToId, @Id String personId) {
    }

    /** Members left null stay unchanged; an empty string clears an optional text. */
    @Input("StakeholderPatch")
    public record StakeholderPatch(@Size(max = 100) String firstName, @Size(max = 100) String lastName,
            @Size(max = 200) String fullName, @Size(max = 200) String title, @Size(max = 200) String department,
            Seniority seniority, @Email @Size(max = 320) String email, @Size(max = 50) String phone,
            @Size(max = 500) String linkedinUrl, @Size(max = 200) String location, @Id String reportsToId,
            Instant effectiveAt) {
    }

    @Input("StakeholderFilter")
    public record StakeholderFilter(@Id String accountId, @Size(max = 200) String search, StakeholderStatus status,
            @Size(max = 50) String role) {
    }

    @Input("RelationshipInput")
    public record RelationshipInput(@NonNull RelationshipType type, @NonNull @Id String fromId, @NonNull @Id String toId,
            @Min(1) @Max(3) Integer weight, @Size(max = 2000) String note, Instant at) {
    }
}
