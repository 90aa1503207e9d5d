package com.decisionchain.analytics;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import com.decisionchain.analytics.AnalyticsSettingsService.Settings;
import com.decisionchain.analytics.AnalyticsViews.TrustScoreView;
import com.decisionchain.common.ApiException;
import com.decisionchain.common.Ids;
import com.decisionchain.opportunity.Opportunity;
import com.decisionchain.opportunity.OpportunityService;
import com.decisionchain.stakeholder.Stakeholder;
import com.decisionchain.stakeholder.StakeholderService;
import com.decisionchain.trust.TrustScorer;

/** Trust scores of stakeholders, across all their deals or within one opportunity, loaded set-based. */
@ApplicationScoped
public class TrustService {

    private final AnalyticsLoader loader;
    private final AnalyticsSettingsService settingsService;
    private final StakeholderService stakeholders;
    private final OpportunityService opportunities;

    public TrustService(AnalyticsLoader loader, AnalyticsSettingsService settingsService,
            StakeholderService stakeholders, OpportunityService opportunities) {
        this.loader = loader;
        this.settingsService = settingsService;
        this.stakeholders = stakeholders;
        this.opportunities = opportunities;
    }

    /** One stakeholder's trust; NOT_FOUND for an unknown stakeholder or opportunity. */
    public TrustScoreView ofStakeholder(UUID stakeholderId, String opportunityId, Instant asOf) {
        Stakeholder stakeholder = stakeholders.require(stakeholderId);
        return scores(Map.of(stakeholder.id, stakeholder.accountId), opportunityId, asOf).get(stakeholder.id);
    }

    /**
     * Trust of several stakeholders (id to account id); with {@code opportunityId}, within that opportunity, which
     * must be at their account.
     */
    public Map<UUID, TrustScoreView> scores(Map<UUID, UUID> accountByStakeholder, String opportunityId, Instant asOf) {
        Opportunity opportunity = null;
        if (opportunityId != null) {
            opportunity = opportunities.require(Ids.require("Opportunity", opportunityId));
            UUID account = opportunity.accountId;
            if (accountByStakeholder.values().stream().anyMatch(a -> !a.equals(account))) {
                throw ApiException.invalid("opportunityId", "is a deal at another account than the stakeholder's");
            }
        }
        Settings settings = settingsService.current();
        TrustScorer scorer = new TrustScorer(settings.trust());
        Map<UUID, TrustScoreView> scores = new LinkedHashMap<>();
        loader.trustInputs(accountByStakeholder.keySet(), opportunity, asOf, settings.document().lookback())
                .forEach((id, input) -> scores.put(id, TrustScoreView.of(scorer.score(input, asOf), settings.document())));
        return scores;
    }
}
