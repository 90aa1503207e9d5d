package com.decisionchain.opportunity;

import java.time.Instant;
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

import com.decisionchain.account.AccountService;
import com.decisionchain.account.AccountView;
import com.decisionchain.common.Connections;
import com.decisionchain.common.Ids;
import com.decisionchain.common.Lookups;
import com.decisionchain.common.Page;
import com.decisionchain.common.PageInfo;
import com.decisionchain.common.PageRequest;
import com.decisionchain.common.PagingConfig;
import com.decisionchain.opportunity.OpportunityInputs.OpportunityFilter;
import com.decisionchain.opportunity.OpportunityInputs.OpportunityInput;
import com.decisionchain.opportunity.OpportunityInputs.OpportunityPatch;
import com.decisionchain.opportunity.OpportunityViews.OpportunityView;
import com.decisionchain.opportunity.OpportunityViews.StageChangeView;
import com.decisionchain.tenancy.Access;
import com.decisionchain.tenancy.Caller;

/** GraphQL queries and mutations of opportunities. */
@GraphQLApi
public class OpportunityGraphQL {

    private final OpportunityService opportunities;
    private final AccountService accounts;
    private final Caller caller;
    private final PagingConfig paging;

    public OpportunityGraphQL(OpportunityService opportunities, AccountService accounts, Caller caller,
            PagingConfig paging) {
        this.opportunities = opportunities;
        this.accounts = accounts;
        this.caller = caller;
        this.paging = paging;
    }

    @Query
    public OpportunityView opportunity(@NonNull @Id String id) {
        caller.require(Access.READ);
        return OpportunityView.of(opportunities.require(Ids.require("Opportunity", id)));
    }

    @Query
    @NonNull
    public OpportunityConnection opportunities(@DefaultValue("20") Integer first, String after, OpportunityFilter filter) {
        caller.require(Access.READ);
        return OpportunityConnection.of(
                opportunities.list(filter, PageRequest.of(first, after, paging)).map(OpportunityView::of));
    }

    @NonNull
    public List<@NonNull OpportunityConnection> opportunities(@Source List<AccountView> sources,
            @DefaultValue("20") Integer first, String after) {
        caller.require(Access.READ);
        List<UUID> accountIds = sources.stream().map(a -> UUID.fromString(a.id())).toList();
        Map<UUID, Page<Opportunity>> pages = opportunities.pagesByAccount(accountIds, PageRequest.of(first, after, paging));
        return accountIds.stream()
                .map(id -> OpportunityConnection.of(pages.getOrDefault(id, Page.empty()).map(OpportunityView::of)))
                .toList();
    }

    @NonNull
    public List<@NonNull AccountView> account(@Source List<OpportunityView> sources) {
        caller.require(Access.READ);
        var found = accounts.byIds(sources.stream().map(o -> UUID.fromString(o.accountId())).toList());
        return sources.stream().map(o -> AccountView.of(Lookups.present(found.get(UUID.fromString(o.accountId())), "Account", o.accountId()))).toList();
    }

    @NonNull
    public List<@NonNull List<@NonNull StageChangeView>> stageHistory(@Source List<OpportunityView> sources) {
        caller.require(Access.READ);
        var history = opportunities.stageHistory(sources.stream().map(OpportunityView::uuid).toList());
        return sources.stream()
                .map(o -> history.getOrDefault(o.uuid(), List.of()).stream()
                        .map(change -> new StageChangeView(change.stage, change.at)).toList())
                .toList();
    }

    @Mutation
    @NonNull
    public OpportunityView createOpportunity(@NonNull @Valid OpportunityInput input) {
        caller.require(Access.WRITE);
        return OpportunityView.of(opportunities.create(input));
    }

    @Mutation
    @NonNull
    public OpportunityView updateOpportunity(@NonNull @Id String id, @NonNull @Valid OpportunityPatch input,
            Integer expectedVersion) {
        caller.require(Access.WRITE);
        return OpportunityView.of(opportunities.update(Ids.require("Opportunity", id), input, expectedVersion));
    }

    @Mutation
    @NonNull
    public OpportunityView reviewDecisionMap(@NonNull @Id String opportunityId, Instant at) {
        caller.require(Access.WRITE);
        return OpportunityView.of(opportunities.reviewMap(Ids.require("Opportunity", opportunityId), at));
    }

    @Name("OpportunityConnection")
    public record OpportunityConnection(@NonNull List<@NonNull OpportunityEdge> edges, @NonNull PageInfo pageInfo,
            @NonNull int totalCount) {

        public static OpportunityConnection of(Page<OpportunityView> page) {
            return Connections.of(page, OpportunityView::createdAt, OpportunityView::id, OpportunityEdge::new,
                    OpportunityConnection::new);
        }
    }

    @Name("OpportunityEdge")
    public record OpportunityEdge(@NonNull String cursor, @NonNull OpportunityView node) {
    }
}
