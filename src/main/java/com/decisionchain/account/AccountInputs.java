package com.decisionchain.account;

import java.math.BigDecimal;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import io.smallrye.graphql.api.Nullable;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

/** GraphQL inputs and filters of the account feature. */
public final class AccountInputs {

    private AccountInputs() {
    }

    @Input("AccountInput")
    public record AccountInput(@NonNull @NotBlank @Size(max = 200) String name, @Size(max = 255) String domain,
            @Size(max = 500) String website, @Size(max = 200) String industry, @PositiveOrZero Integer employeeCount,
            @Size(max = 100) String country, @PositiveOrZero @Digits(integer = 17, fraction = 2) BigDecimal annualRevenue,
            @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code such as EUR") String currency,
            @Size(max = 200) String ownerId, @Nullable List<@NonNull @Valid ExternalIdInput> externalIds) {
    }

    /** Members left null stay unchanged; an empty string clears an optional text. */
    @Input("AccountPatch")
    public record AccountPatch(@Size(min = 1, max = 200) String name, @Size(max = 255) String domain,
            @Size(max = 500) String website, @Size(max = 200) String industry, @PositiveOrZero Integer employeeCount,
            @Size(max = 100) String country, @PositiveOrZero @Digits(integer = 17, fraction = 2) BigDecimal annualRevenue,
            @Pattern(regexp = "([A-Z]{3})?", message = "must be an ISO 4217 code such as EUR") String currency,
            @Size(max = 200) String ownerId) {
    }

    @Input("ExternalIdInput")
    public record ExternalIdInput(@NonNull @NotBlank @Size(max = 50) String system,
            @NonNull @NotBlank @Size(max = 500) String value) {
    }

    @Input("AccountFilter")
    public record AccountFilter(@Size(max = 200) String search, String industry, String ownerId, SizeBand sizeBand) {
    }

    @Name("ExternalId")
    public record ExternalIdView(@NonNull String system, @NonNull String value) {
    }
}
