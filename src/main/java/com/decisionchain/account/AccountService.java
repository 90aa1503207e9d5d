package com.decisionchain.account;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.decisionchain.account.AccountInputs.AccountFilter;
import com.decisionchain.account.AccountInputs.AccountInput;
import com.decisionchain.account.AccountInputs.AccountPatch;
import com.decisionchain.account.AccountInputs.ExternalIdInput;
import com.decisionchain.common.ApiException;
import com.decisionchain.common.Keyset;
import com.decisionchain.common.Lookups;
import com.decisionchain.common.Page;
import com.decisionchain.common.PageRequest;
import com.decisionchain.common.Patch;

/** Customer companies. Callers have checked access; the tenant is bound to the request. */
@ApplicationScoped
public class AccountService {

    public Account require(UUID id) {
        return Lookups.require(Account.class, "Account", id);
    }

    public Map<UUID, Account> byIds(Collection<UUID> ids) {
        return Lookups.byIds(Account.class, ids);
    }

    public Page<Account> list(AccountFilter filter, PageRequest page) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> parameters = new LinkedHashMap<>();
        if (filter != null) {
            if (filter.search() != null && !filter.search().isBlank()) {
                conditions.add("(lower(e.name) like :search escape '\\' or lower(e.domain) like :search escape '\\')");
                parameters.put("search", Patch.containsPattern(filter.search()));
            }
            if (filter.industry() != null) {
                conditions.add("e.industry = :industry");
                parameters.put("industry", filter.industry());
            }
            if (filter.ownerId() != null) {
                conditions.add("e.ownerId = :ownerId");
                parameters.put("ownerId", filter.ownerId());
            }
            if (filter.sizeBand() != null) {
                conditions.add("e.employeeCount >= :minEmployees and e.employeeCount < :maxEmployees");
                parameters.put("minEmployees", filter.sizeBand().minEmployees());
                parameters.put("maxEmployees", filter.sizeBand().maxEmployeesExclusive());
            }
        }
        return Page.query(Account.class, String.join(" and ", conditions), parameters, Keyset.CREATED_ASC, page);
    }

    @Transactional
    public Account create(AccountInput input) {
        Account account = new Account();
        account.name = input.name().trim();
        account.domain = Patch.blankToNull(input.domain());
        account.website = Patch.blankToNull(input.website());
        account.industry = Patch.blankToNull(input.industry());
        account.employeeCount = input.employeeCount();
        account.country = Patch.blankToNull(input.country());
        account.annualRevenue = input.annualRevenue();
        account.currency = Patch.blankToNull(input.currency());
        account.ownerId = Patch.blankToNull(input.ownerId());
        account.persist();
        if (input.externalIds() != null) {
            for (ExternalIdInput externalId : input.externalIds()) {
                AccountExternalId row = new AccountExternalId();
                row.accountId = account.id;
                row.system = externalId.system().trim().toUpperCase(Locale.ROOT);
                row.value = externalId.value().trim();
                row.persist();
            }
        }
        account.flush();
        return account;
    }

    @Transactional
    public Account update(UUID id, AccountPatch patch, Integer expectedVersion) {
        Account account = require(id);
        Patch.checkVersion(expectedVersion, account.version);
        if (patch.name() != null) {
            if (patch.name().isBlank()) {
                throw ApiException.invalid("input.name", "must not be blank");
            }
            account.name = patch.name().trim();
        }
        account.domain = Patch.text(patch.domain(), account.domain);
        account.website = Patch.text(patch.website(), account.website);
        account.industry = Patch.text(patch.industry(), account.industry);
        account.country = Patch.text(patch.country(), account.country);
        account.currency = Patch.text(patch.currency(), account.currency);
        account.ownerId = Patch.text(patch.ownerId(), account.ownerId);
        if (patch.employeeCount() != null) {
            account.employeeCount = patch.employeeCount();
        }
        if (patch.annualRevenue() != null) {
            account.annualRevenue = patch.annualRevenue();
        }
        account.flush();
        return account;
    }

    /** Deletes the account with its people, deals and history. */
    @Transactional
    public boolean delete(UUID id) {
        require(id);
        return Account.delete("id", id) == 1;
    }

    public Map<UUID, List<AccountExternalId>> externalIds(Collection<UUID> accountIds) {
        Map<UUID, List<AccountExternalId>> byAccount = new HashMap<>();
        if (!accountIds.isEmpty()) {
            AccountExternalId.<AccountExternalId> list("accountId in ?1 order by system, value", accountIds)
                    .forEach(row -> byAccount.computeIfAbsent(row.accountId, key -> new ArrayList<>()).add(row));
        }
        return byAccount;
    }
}
