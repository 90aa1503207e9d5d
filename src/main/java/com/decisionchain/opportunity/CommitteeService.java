package com.decisionchain.opportunity;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.decisionchain.common.ApiException;
import com.decisionchain.common.Ids;
import com.decisionchain.common.Lookups;
import com.decisionchain.common.Patch;
import com.decisionchain.opportunity.OpportunityInputs.AssignRoleInput;
import com.decisionchain.opportunity.OpportunityInputs.RolePatch;
import com.decisionchain.stakeholder.Stakeholder;
import com.decisionchain.stakeholder.StakeholderService;
import com.decisionchain.stakeholder.StakeholderStatus;
import com.decisionchain.taxonomy.RoleTaxonomyService;

/** The decision chain of each deal: who holds which role, with full history. */
@ApplicationScoped
public class CommitteeService {

    private final OpportunityService opportunities;
    private final StakeholderService stakeholders;
    private final RoleTaxonomyService taxonomy;

    public CommitteeService(OpportunityService opportunities, StakeholderService stakeholders, RoleTaxonomyService taxonomy) {
        this.opportunities = opportunities;
        this.stakeholders = stakeholders;
        this.taxonomy = taxonomy;
    }

    public CommitteeMember require(UUID id) {
        return Lookups.require(CommitteeMember.class, "Committee member", id);
    }

    /** Members of each opportunity current at {@code asOf}. */
    public Map<UUID, List<CommitteeMember>> committees(Collection<UUID> opportunityIds, Instant asOf) {
        Map<UUID, List<CommitteeMember>> byOpportunity = new HashMap<>();
        if (!opportunityIds.isEmpty()) {
            CommitteeMember.<CommitteeMember> list("opportunityId in ?1 and validFrom <= ?2 and (validTo is null or validTo > ?2)"
                    + " order by validFrom, id", opportunityIds, asOf)
                    .forEach(m -> byOpportunity.computeIfAbsent(m.opportunityId, key -> new ArrayList<>()).add(m));
        }
        return byOpportunity;
    }

    /** Each stakeholder's current memberships in any opportunity. */
    public Map<UUID, List<CommitteeMember>> membershipsOf(Collection<UUID> stakeholderIds) {
        Map<UUID, List<CommitteeMember>> byStakeholder = new HashMap<>();
        if (!stakeholderIds.isEmpty()) {
            CommitteeMember.<CommitteeMember> list("stakeholderId in ?1 and validTo is null order by validFrom, id",
                    stakeholderIds)
                    .forEach(m -> byStakeholder.computeIfAbsent(m.stakeholderId, key -> new ArrayList<>()).add(m));
        }
        return byStakeholder;
    }

    @Transactional
    public CommitteeMember assign(AssignRoleInput input) {
        Opportunity opportunity = opportunities.require(Ids.require("Opportunity", input.opportunityId()));
        Stakeholder stakeholder = stakeholders.require(Ids.require("Stakeholder", input.stakeholderId()));
        if (!stakeholder.accountId.equals(opportunity.accountId)) {
            throw ApiException.invalid("input.stakeholderId", "must be a stakeholder of the opportunity's account");
        }
        if (stakeholder.status == StakeholderStatus.LEFT_COMPANY) {
            throw ApiException.invalid("input.stakeholderId", "has left the company and cannot take a new role");
        }
        String role = taxonomy.requireRole(input.role(), "input.role");
        long holding = CommitteeMember.count("opportunityId = ?1 and stakeholderId = ?2 and role = ?3 and validTo is null",
                opportunity.id, stakeholder.id, role);
        if (holding > 0) {
            throw ApiException.conflict(stakeholder.fullName + " already holds " + role + " in this opportunity");
        }
        CommitteeMember member = new CommitteeMember();
        member.opportunityId = opportunity.id;
        member.stakeholderId = stakeholder.id;
        member.role = role;
        member.influence = input.influence() == null ? Influence.MEDIUM : input.influence();
        member.stance = input.stance() == null ? Stance.UNKNOWN : input.stance();
        member.painPoints = texts(input.painPoints());
        member.priorities = texts(input.priorities());
        member.cadence = input.cadence();
        member.evidence = input.evidence() == null ? RoleEvidence.ASSUMED : input.evidence();
        member.note = Patch.blankToNull(input.note());
        member.validFrom = notInFuture(input.validFrom(), "input.validFrom");
        member.persist();
        member.flush();
        return member;
    }

    /** Ends the current row at {@code effectiveAt} and starts a new one with the patch applied. */
    @Transactional
    public CommitteeMember update(UUID id, RolePatch patch) {
        CommitteeMember current = requireCurrent(id);
        Instant at = notInFuture(patch.effectiveAt(), "input.effectiveAt");
        checkNotBefore(at, current.validFrom, "input.effectiveAt");
        CommitteeMember next = new CommitteeMember();
        next.opportunityId = current.opportunityId;
        next.stakeholderId = current.stakeholderId;
        next.role = patch.role() == null ? current.role : taxonomy.requireRole(patch.role(), "input.role");
        next.influence = patch.influence() == null ? current.influence : patch.influence();
        next.stance = patch.stance() == null ? current.stance : patch.stance();
        next.painPoints = patch.painPoints() == null ? current.painPoints : texts(patch.painPoints());
        next.priorities = patch.priorities() == null ? current.priorities : texts(patch.priorities());
        next.cadence = patch.cadence() == null ? current.cadence : patch.cadence();
        next.evidence = patch.evidence() == null ? current.evidence : patch.evidence();
        next.note = Patch.text(patch.note(), current.note);
        next.validFrom = at;
        endCurrentRow(current, at);
        next.persist();
        next.flush();
        return next;
    }

    @Transactional
    public CommitteeMember end(UUID id, Instant at) {
        CommitteeMember current = requireCurrent(id);
        Instant end = notInFuture(at, "at");
        checkNotBefore(end, current.validFrom, "at");
        endCurrentRow(current, end);
        return require(id);
    }

    private CommitteeMember requireCurrent(UUID id) {
        CommitteeMember member = require(id);
        if (member.validTo != null) {
            throw ApiException.conflict("This role ended at " + member.validTo + "; change the current row instead");
        }
        return member;
    }

    /**
     * Ends the row only if it is still current, so of two concurrent changes to one role the second
     * fails with CONFLICT instead of forking the history.
     */
    private static void endCurrentRow(CommitteeMember current, Instant at) {
        int ended = CommitteeMember.update("validTo = ?1 where id = ?2 and validTo is null", at, current.id);
        if (ended != 1) {
            throw ApiException.conflict("This role was changed by someone else; reload it and retry");
        }
        CommitteeMember.getEntityManager().refresh(current);
    }

    /**
     * Role history is entered as it happens or after the fact, never ahead: "current" then means the
     * same whether it is read by validTo or by time. A minute of clock skew is tolerated.
     */
    private static Instant notInFuture(Instant at, String field) {
        Instant now = Instant.now();
        if (at == null) {
            return now;
        }
        if (at.isAfter(now.plusSeconds(60))) {
            throw ApiException.invalid(field, "must not be in the future");
        }
        return at;
    }

    private static void checkNotBefore(Instant at, Instant validFrom, String field) {
        if (at.isBefore(validFrom)) {
            throw ApiException.invalid(field, "must not be before the role's validFrom (" + validFrom + ")");
        }
    }

    private static String[] texts(List<String> values) {
        return values == null ? new String[0]
                : values.stream().map(String::trim).filter(text -> !text.isEmpty()).toArray(String[]::new);
    }
}
