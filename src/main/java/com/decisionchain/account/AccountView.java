package com.decisionchain.account;

import java.math.BigDecimal;
import java.time.Instant;

import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

/** GraphQL {@code Account}. */
@Name("Account")
public record AccountView(@Id @NonNull String id, @NonNull String name, String domain, String website, String industry,
        Integer employeeCount, SizeBand sizeBand, String country, BigDecimal annualRevenue, String currency,
        String ownerId, @NonNull int version, @NonNull Instant createdAt, @NonNull Instant updatedAt) {

    public static AccountView of(Account account) {
        return new AccountView(account.id.toString(), account.name, account.domain, account.website, account.industry,
                account.employeeCount, SizeBand.of(account.employeeCount), account.country, account.annualRevenue,
                account.currency, account.ownerId, account.version, account.createdAt, account.updatedAt);
    }
}
