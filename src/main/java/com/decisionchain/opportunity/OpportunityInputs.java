package com.decisionchain.opportunity;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import io.smallrye.graphql.api.Nullable;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** GraphQL inputs of deals and their decision chain. */
public final class OpportunityInputs {

    private OpportunityInputs() {
    }

    @Input("OpportunityInput")
    public record OpportunityInput(@NonNull @Id String accountId, @NonNull @NotBlank @Size(max = 200) String name,
            OpportunityStage stage, @PositiveOrZero @Digits(integer = 17, fraction = 2) BigDecimal amount,
            @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code such as EUR") String currency,
            LocalDate expectedCloseDate, @Size(max = 200) String ownerId, Instant openedAt) {
    }

    /** Members left null stay unchanged; {@code effectiveAt} dates a stage change. */
    @Input("OpportunityPatch")
    public record OpportunityPatch(@Size(min = 1, max = 200) String name, OpportunityStage stage,
            @PositiveOrZero @Digits(integer = 17, fraction = 2) BigDecimal amount,
            @Pattern(regexp = "([A-Z]{3})?", message = "must be an ISO 4217 code such as EUR") String currency,
            LocalDate expectedCloseDate, @Size(max = 200) String ownerId, Instant effectiveAt) {
    }

    @Input("OpportunityFilter")
    public record OpportunityFilter(@Id String accountId, OpportunityStage stage, String ownerId, Boolean openOnly) {
    }

    @Input("AssignRoleInput")
    public record AssignRoleInput(@NonNull @Id String opportunityId, @NonNull @Id String stakeholderId,
            @NonNull @NotBlank @Size(max = 50) String role, Influence influence, Stance stance,
            @Nullable @Size(max = 20) List<@NonNull @Size(max = 500) String> painPoints,
            @Nullable @Size(max = 20) List<@NonNull @Size(max = 500) String> priorities, Cadence cadence, RoleEvidence evidence,
            @Size(max = 2000) String note, Instant validFrom) {
    }

    @Input("RolePatch")
    public record RolePatch(@Size(min = 1, max = 50) String role, Influence influence, Stance stance,
            @Nullable @Size(max = 20) List<@NonNull @Size(max = 500) String> painPoints,
            @Nullable @Size(max = 20) List<@NonNull @Size(max = 500) String> priorities, Cadence cadence, RoleEvidence evidence,
            @Size(max = 2000) String note, Instant effectiveAt) {
    }
}
