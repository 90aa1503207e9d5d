package com.decisionchain.opportunity;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import jakarta.validation.Valid;

import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import com.decisionchain.common.ApiException;
import com.decisionchain.common.Ids;
import com.decisionchain.common.Lookups;
import com.decisionchain.opportunity.OpportunityInputs.AssignRoleInput;
import com.decisionchain.opportunity.OpportunityInputs.RolePatch;
import com.decisionchain.opportunity.OpportunityViews.CommitteeMemberView;
import com.decisionchain.opportunity.OpportunityViews.OpportunityView;
import com.decisionchain.stakeholder.Relationship;
import com.decisionchain.stakeholder.RelationshipType;
import com.decisionchain.stakeholder.Stakeholder;
import com.decisionchain.stakeholder.StakeholderViews;
import com.decisionchain.stakeholder.StakeholderService;
import com.decisionchain.stakeholder.StakeholderView;
import com.decisionchain.account.AccountService;
import com.decisionchain.tenancy.Access;
import com.decisionchain.tenancy.Caller;

/** GraphQL of the decision chain: roles over time and the stakeholder graph. */
@GraphQLApi
public class CommitteeGraphQL {

    private final CommitteeService committee;
    private final OpportunityService opportunities;
    private final StakeholderService stakeholders;
    private final StakeholderViews stakeholderViews;
    private final AccountService accounts;
    private final Caller caller;

    public CommitteeGraphQL(CommitteeService committee, OpportunityService opportunities, StakeholderService stakeholders,
            StakeholderViews stakeholderViews, AccountService accounts, Caller caller) {
        this.committee = committee;
        this.opportunities = opportunities;
        this.stakeholders = stakeholders;
        this.stakeholderViews = stakeholderViews;
        this.accounts = accounts;
        this.caller = caller;
    }

    /** Current members, or the members as of a past instant. */
    @NonNull
    public List<@NonNull List<@NonNull CommitteeMemberView>> committee(@Source List<OpportunityView> sources, Instant asOf) {
        caller.require(Access.READ);
        var members = committee.committees(sources.stream().map(OpportunityView::uuid).toList(),
                asOf == null ? Instant.now() : asOf);
        return sources.stream()
                .map(o -> members.getOrDefault(o.uuid(), List.of()).stream().map(CommitteeMemberView::of).toList())
                .toList();
    }

    @NonNull
    public List<@NonNull List<@NonNull CommitteeMemberView>> committeeMemberships(@Source List<StakeholderView> sources) {
        caller.require(Access.READ);
        var memberships = committee.membershipsOf(sources.stream().map(StakeholderView::uuid).toList());
        return sources.stream()
                .map(s -> memberships.getOrDefault(s.uuid(), List.of()).stream().map(CommitteeMemberView::of).toList())
                .toList();
    }

    @NonNull
    public List<@NonNull OpportunityView> opportunity(@Source List<CommitteeMemberView> sources) {
        caller.require(Access.READ);
        var found = opportunities.byIds(sources.stream().map(m -> UUID.fromString(m.opportunityId())).toList());
        return sources.stream().map(m -> OpportunityView.of(Lookups.present(found.get(UUID.fromString(m.opportunityId())), "Opportunity", m.opportunityId()))).toList();
    }

    @NonNull
    public List<@NonNull StakeholderView> stakeholder(@Source List<CommitteeMemberView> sources) {
        caller.require(Access.READ);
        var found = stakeholders.byIds(sources.stream().map(m -> UUID.fromString(m.stakeholderId())).toList());
        return sources.stream().map(m -> stakeholderViews.of(Lookups.present(found.get(UUID.fromString(m.stakeholderId())), "Stakeholder", m.stakeholderId()))).toList();
    }

    @Mutation
    @NonNull
    public CommitteeMemberView assignRole(@NonNull @Valid AssignRoleInput input) {
        caller.require(Access.WRITE);
        return CommitteeMemberView.of(committee.assign(input));
    }

    /** Ends the old row and returns the new one. */
    @Mutation
    @NonNull
    public CommitteeMemberView updateRole(@NonNull @Id String id, @NonNull @Valid RolePatch input) {
        caller.require(Access.WRITE);
        return CommitteeMemberView.of(committee.update(Ids.require("Committee member", id), input));
    }

    @Mutation
    @NonNull
    public CommitteeMemberView endRole(@NonNull @Id String id, Instant at) {
        caller.require(Access.WRITE);
        return CommitteeMemberView.of(committee.end(Ids.require("Committee member", id), at));
    }

    /**
     * The people of an account (or of one opportunity's current committee) with their current roles,
     * and the edges between them: recorded relationships and reporting lines.
     */
    @Query
    @NonNull
    public StakeholderGraph stakeholderGraph(@Id String accountId, @Id String opportunityId) {
        caller.require(Access.READ);
        if (accountId == null && opportunityId == null) {
            throw ApiException.invalid("accountId", "accountId or opportunityId is required");
        }
        Map<UUID, Stakeholder> people = new LinkedHashMap<>();
        Map<UUID, Set<String>> roles = new LinkedHashMap<>();
        if (opportunityId != null) {
            Opportunity opportunity = opportunities.require(Ids.require("Opportunity", opportunityId));
            if (accountId != null && !opportunity.accountId.equals(Ids.parse(accountId).orElse(null))) {
                throw ApiException.invalid("opportunityId", "belongs to another account than accountId");
            }
            List<CommitteeMember> members = committee.committees(List.of(opportunity.id), Instant.now())
                    .getOrDefault(opportunity.id, List.of());
            Map<UUID, Stakeholder> found = stakeholders.byIds(members.stream().map(m -> m.stakeholderId).toList());
            for (CommitteeMember member : members) {
                people.putIfAbsent(member.stakeholderId, found.get(member.stakeholderId));
                roles.computeIfAbsent(member.stakeholderId, key -> new TreeSet<>()).add(member.role);
            }
        } else {
            UUID account = accounts.require(Ids.require("Account", accountId)).id;
            stakeholders.ofAccount(account).forEach(s -> people.put(s.id, s));
            committee.membershipsOf(people.keySet()).forEach((stakeholderId, memberships) -> memberships
                    .forEach(m -> roles.computeIfAbsent(stakeholderId, key -> new TreeSet<>()).add(m.role)));
        }
        List<GraphNode> nodes = people.values().stream()
                .map(s -> new GraphNode(stakeholderViews.of(s), List.copyOf(roles.getOrDefault(s.id, Set.of()))))
                .toList();
        List<GraphEdge> edges = new ArrayList<>();
        Set<String> recordedReportingLines = new java.util.HashSet<>();
        for (Relationship r : stakeholders.relationshipsAmong(people.keySet())) {
            edges.add(new GraphEdge(r.id.toString(), r.type, r.fromId.toString(), r.toId.toString(),
                    r.weight == null ? null : r.weight.intValue()));
            if (r.type == RelationshipType.REPORTS_TO) {
                recordedReportingLines.add(r.fromId + ">" + r.toId);
            }
        }
        for (Stakeholder s : people.values()) {
            if (s.reportsToId != null && people.containsKey(s.reportsToId)
                    && !recordedReportingLines.contains(s.id + ">" + s.reportsToId)) {
                edges.add(new GraphEdge("reports-to:" + s.id, RelationshipType.REPORTS_TO, s.id.toString(),
                        s.reportsToId.toString(), null));
            }
        }
        return new StakeholderGraph(nodes, edges);
    }

    @Name("StakeholderGraph")
    public record StakeholderGraph(@NonNull List<@NonNull GraphNode> nodes, @NonNull List<@NonNull GraphEdge> edges) {
    }

    @Name("GraphNode")
    public record GraphNode(@NonNull StakeholderView stakeholder, @NonNull List<@NonNull String> roles) {
    }

    /** A relationship, or a reporting line (id {@code reports-to:<stakeholder id>}). */
    @Name("GraphEdge")
    public record GraphEdge(@Id @NonNull String id, @NonNull RelationshipType type, @Id @NonNull String from,
            @Id @NonNull String to, Integer weight) {
    }
}
