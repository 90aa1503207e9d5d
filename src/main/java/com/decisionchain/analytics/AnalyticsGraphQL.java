package com.decisionchain.analytics;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

import com.decisionchain.analytics.AnalyticsViews.CoverageView;
import com.decisionchain.analytics.AnalyticsViews.TrustScoreView;
import com.decisionchain.analytics.CoverageService.Analysis;
import com.decisionchain.analytics.CoverageService.MemberAnalytics;
import com.decisionchain.opportunity.OpportunityViews.CommitteeMemberView;
import com.decisionchain.opportunity.OpportunityViews.OpportunityView;
import com.decisionchain.stakeholder.StakeholderView;
import com.decisionchain.tenancy.Access;
import com.decisionchain.tenancy.Caller;

/** Analytics fields on the domain types, each batched: the statements per field do not grow with the rows. */
@GraphQLApi
public class AnalyticsGraphQL {

    private final TrustService trust;
    private final CoverageService coverage;
    private final MemberAnalyticsMemo memberAnalytics;
    private final AnalyticsConfig config;
    private final Caller caller;

    public AnalyticsGraphQL(TrustService trust, CoverageService coverage, MemberAnalyticsMemo memberAnalytics,
            AnalyticsConfig config, Caller caller) {
        this.trust = trust;
        this.coverage = coverage;
        this.memberAnalytics = memberAnalytics;
        this.config = config;
        this.caller = caller;
    }

    /** Trust across all the stakeholder's deals, or within one opportunity at their account. */
    @Name("trust")
    @NonNull
    public List<@NonNull TrustScoreView> stakeholderTrust(@Source List<StakeholderView> sources, @Id String opportunityId,
            Instant asOf) {
        caller.require(Access.READ);
        Instant at = AsOf.resolve(asOf, config.maxAsOfAhead());
        Map<UUID, UUID> accountByStakeholder = new LinkedHashMap<>();
        sources.forEach(s -> accountByStakeholder.put(s.uuid(), UUID.fromString(s.accountId())));
        Map<UUID, TrustScoreView> scores = trust.scores(accountByStakeholder, opportunityId, at);
        return sources.stream().map(s -> scores.get(s.uuid())).toList();
    }

    /** The member's trust within the opportunity, as of now. */
    @Name("trust")
    @NonNull
    public List<@NonNull TrustScoreView> memberTrust(@Source List<CommitteeMemberView> sources) {
        caller.require(Access.READ);
        List<MemberAnalytics> analytics = memberAnalytics.of(sources);
        // Only the REST answer reports the settings; GraphQL has no field for them.
        return analytics.stream().map(a -> TrustScoreView.of(a.trust(), null)).toList();
    }

    /** The member's last touch of any kind within the analysis window. */
    public List<Instant> lastTouchAt(@Source List<CommitteeMemberView> sources) {
        caller.require(Access.READ);
        return memberAnalytics.of(sources).stream().map(MemberAnalytics::lastTouchAt).toList();
    }

    /** When the next touch is due by the member's cadence; {@code null} when never touched (it is due now). */
    public List<Instant> nextTouchDueAt(@Source List<CommitteeMemberView> sources) {
        caller.require(Access.READ);
        return memberAnalytics.of(sources).stream().map(MemberAnalytics::nextTouchDueAt).toList();
    }

    @Name("coverage")
    @NonNull
    public List<@NonNull CoverageView> coverage(@Source List<OpportunityView> sources, Instant asOf) {
        caller.require(Access.READ);
        Instant at = AsOf.resolve(asOf, config.maxAsOfAhead());
        Map<UUID, Analysis> analyses = coverage.ofOpportunities(sources.stream().map(OpportunityView::uuid).toList(), at);
        return sources.stream().map(o -> CoverageService.view(analyses.get(o.uuid()))).toList();
    }
}
