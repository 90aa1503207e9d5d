package com.decisionchain.opportunity;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import com.decisionchain.opportunity.OpportunityInputs.OpportunityFilter;
import com.decisionchain.opportunity.OpportunityInputs.OpportunityInput;
import com.decisionchain.opportunity.OpportunityInputs.OpportunityPatch;

/** Deals, their stage history and map reviews. */
@ApplicationScoped
public class OpportunityService {

    private final AccountService accounts;

    public OpportunityService(AccountService accounts) {
        this.accounts = accounts;
    }

    public Opportunity require(UUID id) {
        return Lookups.require(Opportunity.class, "Opportunity", id);
    }

    public Map<UUID, Opportunity> byIds(Collection<UUID> ids) {
        return Lookups.byIds(Opportunity.class, ids);
    }

    public Page<Opportunity> list(OpportunityFilter filter, PageRequest page) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> parameters = new LinkedHashMap<>();
        if (filter != null) {
            if (filter.accountId() != null) {
                conditions.add("e.accountId = :accountId");
                parameters.put("accountId", Ids.parse(filter.accountId()).orElse(new UUID(0, 0)));
            }
            if (filter.stage() != null) {
                conditions.add("e.stage = :stage");
                parameters.put("stage", filter.stage());
            }
            if (filter.ownerId() != null) {
                conditions.add("e.ownerId = :ownerId");
                parameters.put("ownerId", filter.ownerId());
            }
            if (Boolean.TRUE.equals(filter.openOnly())) {
                conditions.add("e.stage not in (:closed)");
                parameters.put("closed", List.of(OpportunityStage.CLOSED_WON, OpportunityStage.CLOSED_LOST));
            }
        }
        return Page.query(Opportunity.class, String.join(" and ", conditions), parameters, Keyset.CREATED_ASC, page);
    }

    public Map<UUID, Page<Opportunity>> pagesByAccount(List<UUID> accountIds, PageRequest page) {
        return Page.perParent(Opportunity.class, o -> o.id, "opportunity t", "t.account_id", "", List.of(), accountIds,
                Keyset.CREATED_ASC, page);
    }

    @Transactional
    public Opportunity create(OpportunityInput input) {
        UUID accountId = Ids.require("Account", input.accountId());
        accounts.require(accountId);
        Opportunity opportunity = new Opportunity();
        opportunity.accountId = accountId;
        opportunity.name = input.name().trim();
        opportunity.stage = input.stage() == null ? OpportunityStage.PROSPECTING : input.stage();
        opportunity.amount = input.amount();
        opportunity.currency = Patch.blankToNull(input.currency());
        opportunity.expectedCloseDate = input.expectedCloseDate();
        opportunity.ownerId = Patch.blankToNull(input.ownerId());
        opportunity.persist();
        recordStage(opportunity, input.openedAt() == null ? Instant.now() : input.openedAt());
        opportunity.flush();
        return opportunity;
    }

    @Transactional
    public Opportunity update(UUID id, OpportunityPatch patch, Integer expectedVersion) {
        Opportunity opportunity = require(id);
        Patch.checkVersion(expectedVersion, opportunity.version);
        if (patch.name() != null) {
            if (patch.name().isBlank()) {
                throw ApiException.invalid("input.name", "must not be blank");
            }
            opportunity.name = patch.name().trim();
        }
        if (patch.stage() != null && patch.stage() != opportunity.stage) {
            Instant at = patch.effectiveAt() == null ? Instant.now() : patch.effectiveAt();
            Instant lastChange = OpportunityStageChange.<OpportunityStageChange> find(
                    "opportunityId = ?1 order by at desc", id).firstResultOptional().map(change -> change.at).orElse(null);
            if (lastChange != null && at.isBefore(lastChange)) {
                throw ApiException.invalid("input.effectiveAt", "must not be before the last stage change (" + lastChange + ")");
            }
            opportunity.stage = patch.stage();
            recordStage(opportunity, at);
        }
        if (patch.amount() != null) {
            opportunity.amount = patch.amount();
        }
        opportunity.currency = Patch.text(patch.currency(), opportunity.currency);
        if (patch.expectedCloseDate() != null) {
            opportunity.expectedCloseDate = patch.expectedCloseDate();
        }
        opportunity.ownerId = Patch.text(patch.ownerId(), opportunity.ownerId);
        opportunity.flush();
        return opportunity;
    }

    /** Records that the rep reviewed the decision map (clears STALE_MAP until it ages again). */
    @Transactional
    public Opportunity reviewMap(UUID id, Instant at) {
        Opportunity opportunity = require(id);
        opportunity.mapReviewedAt = at == null ? Instant.now() : at;
        opportunity.flush();
        return opportunity;
    }

    public Map<UUID, List<OpportunityStageChange>> stageHistory(Collection<UUID> opportunityIds) {
        Map<UUID, List<OpportunityStageChange>> byOpportunity = new HashMap<>();
        if (!opportunityIds.isEmpty()) {
            OpportunityStageChange.<OpportunityStageChange> list("opportunityId in ?1 order by at, id", opportunityIds)
                    .forEach(c -> byOpportunity.computeIfAbsent(c.opportunityId, key -> new ArrayList<>()).add(c));
        }
        return byOpportunity;
    }

    private static void recordStage(Opportunity opportunity, Instant at) {
        OpportunityStageChange change = new OpportunityStageChange();
        change.opportunityId = opportunity.id;
        change.stage = opportunity.stage;
        change.at = at;
        change.persist();
    }
}
