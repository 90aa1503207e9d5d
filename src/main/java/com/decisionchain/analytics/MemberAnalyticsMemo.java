package com.decisionchain.analytics;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.RequestScoped;

import com.decisionchain.analytics.CoverageService.MemberAnalytics;
import com.decisionchain.opportunity.OpportunityViews.CommitteeMemberView;

/**
 * Computes the analytics of a batch of committee members once per GraphQL request, so that asking for
 * {@code trust}, {@code lastTouchAt} and {@code nextTouchDueAt} together loads the data once, all as of one instant.
 */
@RequestScoped
public class MemberAnalyticsMemo {

    private final CoverageService coverage;
    private final Map<String, MemberAnalytics> known = new HashMap<>();
    private Instant asOf;

    public MemberAnalyticsMemo(CoverageService coverage) {
        this.coverage = coverage;
    }

    public List<MemberAnalytics> of(List<CommitteeMemberView> members) {
        if (asOf == null) {
            asOf = Instant.now();
        }
        List<CommitteeMemberView> missing = members.stream().filter(m -> !known.containsKey(m.id())).toList();
        known.putAll(coverage.members(missing, asOf));
        return members.stream().map(m -> known.get(m.id())).toList();
    }
}
