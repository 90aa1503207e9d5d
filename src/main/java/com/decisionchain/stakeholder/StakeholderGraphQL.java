package com.decisionchain.stakeholder;

import java.time.LocalDate;
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
import com.decisionchain.stakeholder.StakeholderInputs.RelationshipInput;
import com.decisionchain.stakeholder.StakeholderInputs.StakeholderFilter;
import com.decisionchain.stakeholder.StakeholderInputs.StakeholderInput;
import com.decisionchain.stakeholder.StakeholderInputs.StakeholderPatch;
import com.decisionchain.tenancy.Access;
import com.decisionchain.tenancy.Caller;

/** GraphQL queries and mutations of stakeholders and relationships, and the fields that join them. */
@GraphQLApi
public class StakeholderGraphQL {

    private final StakeholderService stakeholders;
    private final AccountService accounts;
    private final Caller caller;
    private final PagingConfig paging;
    private final StakeholderViews views;

    public StakeholderGraphQL(StakeholderService stakeholders, AccountService accounts, Caller caller, PagingConfig paging,
            StakeholderViews views) {
        this.stakeholders = stakeholders;
        this.accounts = accounts;
        this.caller = caller;
        this.paging = paging;
        this.views = views;
    }

    private StakeholderView view(Stakeholder stakeholder) {
        return views.of(stakeholder);
    }

    @Query
    public StakeholderView stakeholder(@NonNull @Id String id) {
        caller.require(Access.READ);
        return view(stakeholders.require(Ids.require("Stakeholder", id)));
    }

    @Query
    @NonNull
    public StakeholderConnection stakeholders(@DefaultValue("20") Integer first, String after,
            @Valid StakeholderFilter filter) {
        caller.require(Access.READ);
        return StakeholderConnection.of(stakeholders.list(filter, caller.has(Access.READ_PII), PageRequest.of(first, after, paging)).map(this::view));
    }

    @NonNull
    public List<@NonNull StakeholderConnection> stakeholders(@Source List<AccountView> sources,
            @DefaultValue("20") Integer first, String after, StakeholderStatus status) {
        caller.require(Access.READ);
        List<UUID> accountIds = sources.stream().map(a -> UUID.fromString(a.id())).toList();
        Map<UUID, Page<Stakeholder>> pages = stakeholders.pagesByAccount(accountIds, status,
                PageRequest.of(first, after, paging));
        return accountIds.stream()
                .map(id -> StakeholderConnection.of(pages.getOrDefault(id, Page.empty()).map(this::view)))
                .toList();
    }

    @NonNull
    public List<@NonNull AccountView> account(@Source List<StakeholderView> sources) {
        caller.require(Access.READ);
        var found = accounts.byIds(sources.stream().map(s -> UUID.fromString(s.accountId())).toList());
        return sources.stream().map(s -> AccountView.of(Lookups.present(found.get(UUID.fromString(s.accountId())), "Account", s.accountId()))).toList();
    }

    public List<StakeholderView> reportsTo(@Source List<StakeholderView> sources) {
        caller.require(Access.READ);
        var managers = stakeholders.byIds(Ids.all(sources.stream().map(StakeholderView::reportsToId)
                .filter(java.util.Objects::nonNull).toList()));
        return sources.stream()
                .map(s -> s.reportsToId() == null ? null : view(managers.get(UUID.fromString(s.reportsToId()))))
                .toList();
    }

    @NonNull
    public List<@NonNull List<@NonNull StakeholderView>> directReports(@Source List<StakeholderView> sources) {
        caller.require(Access.READ);
        var byManager = stakeholders.directReports(sources.stream().map(StakeholderView::uuid).toList());
        return sources.stream()
                .map(s -> byManager.getOrDefault(s.uuid(), List.of()).stream().map(this::view).toList())
                .toList();
    }

    @NonNull
    public List<@NonNull List<@NonNull RelationshipView>> relationships(@Source List<StakeholderView> sources) {
        caller.require(Access.READ);
        var byStakeholder = stakeholders.relationships(sources.stream().map(StakeholderView::uuid).toList());
        return sources.stream()
                .map(s -> byStakeholder.getOrDefault(s.uuid(), List.of()).stream().map(RelationshipView::of).toList())
                .toList();
    }

    @NonNull
    public List<@NonNull StakeholderView> from(@Source List<RelationshipView> sources) {
        return endpoints(sources, true);
    }

    @NonNull
    public List<@NonNull StakeholderView> to(@Source List<RelationshipView> sources) {
        return endpoints(sources, false);
    }

    private List<StakeholderView> endpoints(List<RelationshipView> sources, boolean from) {
        caller.require(Access.READ);
        var byId = stakeholders.byIds(sources.stream().map(r -> UUID.fromString(from ? r.fromId() : r.toId())).toList());
        return sources.stream().map(r -> view(Lookups.present(byId.get(UUID.fromString(from ? r.fromId() : r.toId())), "Stakeholder", from ? r.fromId() : r.toId()))).toList();
    }

    @Mutation
    @NonNull
    public StakeholderView createStakeholder(@NonNull @Valid StakeholderInput input) {
        caller.require(Access.WRITE);
        return view(stakeholders.create(input, caller.subject()));
    }

    @Mutation
    @NonNull
    public StakeholderView updateStakeholder(@NonNull @Id String id, @NonNull @Valid StakeholderPatch input,
            Integer expectedVersion) {
        caller.require(Access.WRITE);
        return view(stakeholders.update(Ids.require("Stakeholder", id), input, expectedVersion, caller.subject()));
    }

    @Mutation
    @NonNull
    public StakeholderView markStakeholderLeft(@NonNull @Id String id, LocalDate leftAt) {
        caller.require(Access.WRITE);
        return view(stakeholders.markLeft(Ids.require("Stakeholder", id), leftAt, caller.subject()));
    }

    @Mutation
    @NonNull
    public StakeholderView mergeStakeholders(@NonNull @Id String survivorId, @NonNull @Id String duplicateId) {
        caller.require(Access.WRITE);
        return view(stakeholders.merge(Ids.require("Stakeholder", survivorId), Ids.require("Stakeholder", duplicateId),
                caller.subject()));
    }

    @Mutation
    @NonNull
    public RelationshipView addRelationship(@NonNull @Valid RelationshipInput input) {
        caller.require(Access.WRITE);
        return RelationshipView.of(stakeholders.addRelationship(input));
    }

    @Mutation
    @NonNull
    public boolean removeRelationship(@NonNull @Id String id) {
        caller.require(Access.WRITE);
        return stakeholders.removeRelationship(Ids.require("Relationship", id));
    }

    @Name("StakeholderConnection")
    public record StakeholderConnection(@NonNull List<@NonNull StakeholderEdge> edges, @NonNull PageInfo pageInfo,
            @NonNull int totalCount) {

        public static StakeholderConnection of(Page<StakeholderView> page) {
            return Connections.of(page, StakeholderView::createdAt, StakeholderView::id, StakeholderEdge::new,
                    StakeholderConnection::new);
        }
    }

    @Name("StakeholderEdge")
    public record StakeholderEdge(@NonNull String cursor, @NonNull StakeholderView node) {
    }
}
