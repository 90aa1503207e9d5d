package com.decisionchain.interaction;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.decisionchain.account.AccountService;
import com.decisionchain.common.ApiException;
import com.decisionchain.common.Ids;
import com.decisionchain.common.Keyset;
import com.decisionchain.common.Lookups;
import com.decisionchain.common.Page;
import com.decisionchain.common.PageRequest;
import com.decisionchain.common.Patch;
import com.decisionchain.interaction.InteractionTypes.CommitmentInput;
import com.decisionchain.interaction.InteractionTypes.InteractionInput;
import com.decisionchain.interaction.InteractionTypes.ParticipantInput;
import com.decisionchain.opportunity.Opportunity;
import com.decisionchain.opportunity.OpportunityService;
import com.decisionchain.roi.RoiService;
import com.decisionchain.stakeholder.Stakeholder;
import com.decisionchain.stakeholder.StakeholderService;

/** Touchpoints and the commitment ledger. */
@ApplicationScoped
public class InteractionService {

    private final AccountService accounts;
    private final OpportunityService opportunities;
    private final StakeholderService stakeholders;
    private final RoiService roi;

    public InteractionService(AccountService accounts, OpportunityService opportunities, StakeholderService stakeholders,
            RoiService roi) {
        this.accounts = accounts;
        this.opportunities = opportunities;
        this.stakeholders = stakeholders;
        this.roi = roi;
    }

    @Transactional
    public Interaction log(InteractionInput input) {
        if (input.accountId() == null && input.opportunityId() == null) {
            throw ApiException.invalid("input.accountId", "accountId or opportunityId is required");
        }
        Interaction interaction = new Interaction();
        if (input.opportunityId() != null) {
            Opportunity opportunity = opportunities.require(Ids.require("Opportunity", input.opportunityId()));
            if (input.accountId() != null && !opportunity.accountId.equals(Ids.parse(input.accountId()).orElse(null))) {
                throw ApiException.invalid("input.opportunityId", "belongs to another account than accountId");
            }
            interaction.opportunityId = opportunity.id;
            interaction.accountId = opportunity.accountId;
        } else {
            interaction.accountId = accounts.require(Ids.require("Account", input.accountId())).id;
        }
        Set<UUID> seen = new HashSet<>();
        List<UUID> participantIds = new ArrayList<>();
        for (int i = 0; i < input.participants().size(); i++) {
            UUID id = Ids.require("Stakeholder", input.participants().get(i).stakeholderId());
            if (!seen.add(id)) {
                throw ApiException.invalid("input.participants[" + i + "].stakeholderId", "is listed twice");
            }
            participantIds.add(id);
        }
        Map<UUID, Stakeholder> people = stakeholders.byIds(participantIds);
        for (int i = 0; i < participantIds.size(); i++) {
            Stakeholder person = people.get(participantIds.get(i));
            if (person == null) {
                throw ApiException.notFound("Stakeholder", participantIds.get(i).toString());
            }
            if (!person.accountId.equals(interaction.accountId)) {
                throw ApiException.invalid("input.participants[" + i + "].stakeholderId",
                        "must be a stakeholder of the interaction's account");
            }
        }
        interaction.channel = input.channel();
        interaction.direction = input.direction();
        interaction.occurredAt = input.occurredAt();
        interaction.subject = Patch.blankToNull(input.subject());
        interaction.summary = Patch.blankToNull(input.summary());
        interaction.outcome = input.outcome();
        interaction.assets = input.assets() == null ? new String[0]
                : input.assets().stream().distinct().map(Enum::name).toArray(String[]::new);
        if (input.roiScenarioId() != null) {
            interaction.roiScenarioId = roi.requireDeliverable(input.roiScenarioId(),
                    input.assets() != null && input.assets().contains(ValueAsset.ROI_MODEL),
                    interaction.accountId, interaction.opportunityId);
        }
        interaction.persist();
        for (ParticipantInput given : input.participants()) {
            InteractionParticipant participant = new InteractionParticipant();
            participant.key = new InteractionParticipant.Key(interaction.id, UUID.fromString(given.stakeholderId()));
            participant.invited = given.invited() == null || given.invited();
            participant.attended = given.attended();
            participant.responded = given.responded();
            participant.persist();
        }
        interaction.flush();
        return interaction;
    }

    public Map<UUID, Page<Interaction>> pagesByOpportunity(List<UUID> opportunityIds, PageRequest page) {
        return Page.perParent(Interaction.class, i -> i.id, "interaction t", "t.opportunity_id", "", List.of(),
                opportunityIds, Keyset.OCCURRED_DESC, page);
    }

    public Map<UUID, Page<Interaction>> pagesByStakeholder(List<UUID> stakeholderIds, PageRequest page) {
        return Page.perParent(Interaction.class, i -> i.id,
                "interaction t join interaction_participant p on p.interaction_id = t.id", "p.stakeholder_id", "",
                List.of(), stakeholderIds, Keyset.OCCURRED_DESC, page);
    }

    public Map<UUID, List<InteractionParticipant>> participants(Collection<UUID> interactionIds) {
        Map<UUID, List<InteractionParticipant>> byInteraction = new HashMap<>();
        if (!interactionIds.isEmpty()) {
            InteractionParticipant.<InteractionParticipant> list("key.interactionId in ?1", interactionIds)
                    .forEach(p -> byInteraction.computeIfAbsent(p.key.interactionId(), key -> new ArrayList<>()).add(p));
        }
        return byInteraction;
    }

    @Transactional
    public Commitment addCommitment(CommitmentInput input) {
        if (input.opportunityId() == null && input.stakeholderId() == null) {
            throw ApiException.invalid("input.stakeholderId", "stakeholderId or opportunityId is required");
        }
        Commitment commitment = new Commitment();
        Opportunity opportunity = null;
        if (input.opportunityId() != null) {
            opportunity = opportunities.require(Ids.require("Opportunity", input.opportunityId()));
            commitment.opportunityId = opportunity.id;
        }
        if (input.stakeholderId() != null) {
            Stakeholder stakeholder = stakeholders.require(Ids.require("Stakeholder", input.stakeholderId()));
            if (opportunity != null && !opportunity.accountId.equals(stakeholder.accountId)) {
                throw ApiException.invalid("input.stakeholderId", "must be a stakeholder of the opportunity's account");
            }
            commitment.stakeholderId = stakeholder.id;
        }
        commitment.party = input.party() == null ? CommitmentParty.OURS : input.party();
        commitment.description = input.description().trim();
        commitment.dueAt = input.dueAt();
        commitment.status = CommitmentStatus.OPEN;
        commitment.persist();
        commitment.flush();
        return commitment;
    }

    /**
     * Closes an open commitment. A promise reported KEPT after its due date is recorded as LATE:
     * the ledger measures reliability, so lateness is a fact, not the reporter's choice.
     */
    @Transactional
    public Commitment resolve(UUID id, CommitmentStatus status, Instant resolvedAt) {
        Commitment commitment = Lookups.require(Commitment.class, "Commitment", id);
        if (status == CommitmentStatus.OPEN) {
            throw ApiException.invalid("status", "must be KEPT, LATE, BROKEN or CANCELLED");
        }
        if (commitment.status != CommitmentStatus.OPEN) {
            throw ApiException.conflict("The commitment is already " + commitment.status);
        }
        Instant at = resolvedAt == null ? Instant.now() : resolvedAt;
        commitment.resolvedAt = at;
        commitment.status = status == CommitmentStatus.KEPT && at.isAfter(commitment.dueAt) ? CommitmentStatus.LATE : status;
        commitment.flush();
        return commitment;
    }

    public Map<UUID, List<Commitment>> commitmentsByOpportunity(Collection<UUID> opportunityIds, CommitmentStatus status) {
        Map<UUID, List<Commitment>> byOpportunity = new HashMap<>();
        if (!opportunityIds.isEmpty()) {
            List<Commitment> rows = status == null
                    ? Commitment.list("opportunityId in ?1 order by dueAt, id", opportunityIds)
                    : Commitment.list("opportunityId in ?1 and status = ?2 order by dueAt, id", opportunityIds, status);
            rows.forEach(c -> byOpportunity.computeIfAbsent(c.opportunityId, key -> new ArrayList<>()).add(c));
        }
        return byOpportunity;
    }
}
