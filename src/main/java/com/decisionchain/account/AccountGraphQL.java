package com.decisionchain.account;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import com.decisionchain.account.AccountInputs.AccountFilter;
import com.decisionchain.account.AccountInputs.AccountInput;
import com.decisionchain.account.AccountInputs.AccountPatch;
import com.decisionchain.account.AccountInputs.ExternalIdView;
import com.decisionchain.common.Connections;
import com.decisionchain.common.Ids;
import com.decisionchain.common.Page;
import com.decisionchain.common.PageInfo;
import com.decisionchain.common.PageRequest;
import com.decisionchain.common.PagingConfig;
import com.decisionchain.tenancy.Access;
import com.decisionchain.tenancy.Caller;

/** GraphQL queries and mutations of accounts. */
@GraphQLApi
public class AccountGraphQL {

    private final AccountService accounts;
    private final Caller caller;
    private final PagingConfig paging;

    public AccountGraphQL(AccountService accounts, Caller caller, PagingConfig paging) {
        this.accounts = accounts;
        this.caller = caller;
        this.paging = paging;
    }

    @Query
    public AccountView account(@NonNull @Id String id) {
        caller.require(Access.READ);
        return AccountView.of(accounts.require(Ids.require("Account", id)));
    }

    @Query
    @NonNull
    public AccountConnection accounts(@DefaultValue("20") Integer first, String after, @Valid AccountFilter filter) {
        caller.require(Access.READ);
        return AccountConnection.of(accounts.list(filter, PageRequest.of(first, after, paging)).map(AccountView::of));
    }

    @NonNull
    public List<@NonNull List<@NonNull ExternalIdView>> externalIds(@Source List<AccountView> sources) {
        caller.require(Access.READ);
        Map<UUID, List<AccountExternalId>> byAccount = accounts.externalIds(
                sources.stream().map(view -> UUID.fromString(view.id())).toList());
        return sources.stream()
                .map(view -> byAccount.getOrDefault(UUID.fromString(view.id()), List.of()).stream()
                        .map(row -> new ExternalIdView(row.system, row.value)).toList())
                .toList();
    }

    @Mutation
    @NonNull
    public AccountView createAccount(@NonNull @Valid AccountInput input) {
        caller.require(Access.WRITE);
        return AccountView.of(accounts.create(input));
    }

    @Mutation
    @NonNull
    public AccountView updateAccount(@NonNull @Id String id, @NonNull @Valid AccountPatch input, Integer expectedVersion) {
        caller.require(Access.WRITE);
        return AccountView.of(accounts.update(Ids.require("Account", id), input, expectedVersion));
    }

    @Mutation
    @NonNull
    public boolean deleteAccount(@NonNull @Id String id) {
        caller.require(Access.WRITE);
        return accounts.delete(Ids.require("Account", id));
    }

    @Name("AccountConnection")
    public record AccountConnection(@NonNull List<@NonNull AccountEdge> edges,
            @NonNull PageInfo pageInfo, @NonNull int totalCount) {

        public static AccountConnection of(Page<AccountView> page) {
            return Connections.of(page, AccountView::createdAt, AccountView::id, AccountEdge::new, AccountConnection::new);
        }
    }

    @Name("AccountEdge")
    public record AccountEdge(@NonNull String cursor, @NonNull AccountView node) {
    }
}
