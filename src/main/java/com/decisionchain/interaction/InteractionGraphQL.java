package com.decisionchain.interaction;

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
import com.decisionchain.interaction.InteractionTypes.CommitmentInput;
import com.decisionchain.interaction.InteractionTypes.CommitmentView;
import com.decisionchain.interaction.InteractionTypes.InteractionInput;
import com.decisionchain.interaction.InteractionTypes.InteractionView;
import com.decisionchain.interaction.InteractionTypes.ParticipantView;
import com.decisionchain.opportunity.OpportunityService;
import com.decisionchain.opportunity.OpportunityViews.OpportunityView;
import com.decisionchain.stakeholder.StakeholderViews;
import com.decisionchain.stakeholder.StakeholderService;
import com.decisionchain.stakeholder.StakeholderView;
import com.decisionchain.tenancy.Access;
import com.decisionchain.tenancy.Caller;

/** GraphQL of interactions and commitments, and the lists that hang them on deals and people. */
@GraphQLApi
public class InteractionGraphQL {

    private final InteractionService interactions;
    private final AccountService accounts;
    private final OpportunityService opportunities;
    private final StakeholderService stakeholders;
    private final StakeholderViews stakeholderViews;
    private final Caller caller;
    private final PagingConfig paging;

    public InteractionGraphQL(InteractionService interactions, AccountService accounts, OpportunityService opportunities,
            StakeholderService stakeholders, StakeholderViews stakeholderViews, Caller caller, PagingConfig paging) {
        this.interactions = interactions;
        this.accounts = accounts;
        this.opportunities = opportunities;
        this.stakeholders = stakeholders;
        this.stakeholderViews = stakeholderViews;
        this.caller = caller;
        this.paging = paging;
    }

    @Mutation
    @NonNull
    public InteractionView logInteraction(@NonNull @Valid InteractionInput input) {
        caller.require(Access.WRITE);
        return InteractionView.of(interactions.log(input));
    }

    @Mutation
    @NonNull
    public CommitmentView addCommitment(@NonNull @Valid CommitmentInput input) {
        caller.require(Access.WRITE);
        return CommitmentView.of(interactions.addCommitment(input));
    }

    @Mutation
    @NonNull
    public CommitmentView resolveCommitment(@NonNull @Id String id, @NonNull CommitmentStatus status, Instant resolvedAt) {
        caller.require(Access.WRITE);
        return CommitmentView.of(interactions.resolve(Ids.require("Commitment", id), status, resolvedAt));
    }

    @NonNull
    public List<@NonNull InteractionConnection> interactions(@Source List<OpportunityView> sources,
            @DefaultValue("20") Integer first, String after) {
        caller.require(Access.READ);
        List<UUID> ids = sources.stream().map(OpportunityView::uuid).toList();
        return connections(ids, interactions.pagesByOpportunity(ids, PageRequest.of(first, after, paging)));
    }

    @Name("interactions")
    @NonNull
    public List<@NonNull InteractionConnection> interactionsOfStakeholders(@Source List<StakeholderView> sources,
            @DefaultValue("20") Integer first, String after) {
        caller.require(Access.READ);
        List<UUID> ids = sources.stream().map(StakeholderView::uuid).toList();
        return connections(ids, interactions.pagesByStakeholder(ids, PageRequest.of(first, after, paging)));
    }

    private static List<InteractionConnection> connections(List<UUID> parents, Map<UUID, Page<Interaction>> pages) {
        return parents.stream()
                .map(id -> InteractionConnection.of(pages.getOrDefault(id, Page.empty()).map(InteractionView::of)))
                .toList();
    }

    @NonNull
    public List<@NonNull List<@NonNull CommitmentView>> commitments(@Source List<OpportunityView> sources,
            CommitmentStatus status) {
        caller.require(Access.READ);
        var byOpportunity = interactions.commitmentsByOpportunity(sources.stream().map(OpportunityView::uuid).toList(), status);
        return sources.stream()
                .map(o -> byOpportunity.getOrDefault(o.uuid(), List.of()).stream().map(CommitmentView::of).toList())
                .toList();
    }

    @NonNull
    public List<@NonNull AccountView> account(@Source List<InteractionView> sources) {
        caller.require(Access.READ);
        var found = accounts.byIds(sources.stream().map(i -> UUID.fromString(i.accountId())).toList());
        return sources.stream().map(i -> AccountView.of(Lookups.present(found.get(UUID.fromString(i.accountId())), "Account", i.accountId()))).toList();
    }

    public List<OpportunityView> opportunity(@Source List<InteractionView> sources) {
        caller.require(Access.READ);
        var found = opportunities.byIds(Ids.all(sources.stream().map(InteractionView::opportunityId)
                .filter(java.util.Objects::nonNull).toList()));
        return sources.stream().map(i -> i.opportunityId() == null ? null
                : OpportunityView.of(Lookups.present(found.get(UUID.fromString(i.opportunityId())), "Opportunity", i.opportunityId()))).toList();
    }

    @NonNull
    public List<@NonNull List<@NonNull ParticipantView>> participants(@Source List<InteractionView> sources) {
        caller.require(Access.READ);
        var byInteraction = interactions.participants(sources.stream().map(i -> UUID.fromString(i.id())).toList());
        return sources.stream()
                .map(i -> byInteraction.getOrDefault(UUID.fromString(i.id()), List.of()).stream()
                        .map(p -> new ParticipantView(p.key.stakeholderId().toString(), p.invited, p.attended, p.responded))
                        .toList())
                .toList();
    }

    @NonNull
    public List<@NonNull StakeholderView> stakeholder(@Source List<ParticipantView> sources) {
        caller.require(Access.READ);
        var found = stakeholders.byIds(sources.stream().map(p -> UUID.fromString(p.stakeholderId())).toList());
        return sources.stream().map(p -> stakeholderViews.of(Lookups.present(found.get(UUID.fromString(p.stakeholderId())), "Stakeholder", p.stakeholderId()))).toList();
    }

    @Name("opportunity")
    public List<OpportunityView> opportunityOfCommitments(@Source List<CommitmentView> sources) {
        caller.require(Access.READ);
        var found = opportunities.byIds(Ids.all(sources.stream().map(CommitmentView::opportunityId)
                .filter(java.util.Objects::nonNull).toList()));
        return sources.stream().map(c -> c.opportunityId() == null ? null
                : OpportunityView.of(Lookups.present(found.get(UUID.fromString(c.opportunityId())), "Opportunity", c.opportunityId()))).toList();
    }

    @Name("stakeholder")
    public List<StakeholderView> stakeholderOfCommitments(@Source List<CommitmentView> sources) {
        caller.require(Access.READ);
        var found = stakeholders.byIds(Ids.all(sources.stream().map(CommitmentView::stakeholderId)
                .filter(java.util.Objects::nonNull).toList()));
        return sources.stream().map(c -> c.stakeholderId() == null ? null
                : stakeholderViews.of(Lookups.present(found.get(UUID.fromString(c.stakeholderId())), "Stakeholder", c.stakeholderId()))).toList();
    }

    @Name("InteractionConnection")
    public record InteractionConnection(@NonNull List<@NonNull InteractionEdge> edges, @NonNull PageInfo pageInfo,
            @NonNull int totalCount) {

        public static InteractionConnection of(Page<InteractionView> page) {
            return Connections.of(page, InteractionView::occurredAt, InteractionView::id, InteractionEdge::new,
                    InteractionConnection::new);
        }
    }

    @Name("InteractionEdge")
    public record InteractionEdge(@NonNull String cursor, @NonNull InteractionView node) {
    }
}
