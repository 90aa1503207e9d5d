package com.decisionchain.coverage;

import com.decisionchain.opportunity.OpportunityStage;
import java.time.Instant;
import java.util.List;

/**
 * How well an opportunity's decision chain is covered as of {@code asOf}: {@code score} 0-100 rounded to one
 * decimal, the roles in taxonomy order, risks and next actions most severe first, and the settings used.
 */
public record Coverage(double score, OpportunityStage stage, List<RoleCoverage> roles, int committeeSize,
                       SizeRange expectedSize, List<Risk> risks, List<NextAction> nextActions, Instant asOf,
                       CoverageSettings settings) {

    public Coverage {
        roles = List.copyOf(roles);
        risks = List.copyOf(risks);
        nextActions = List.copyOf(nextActions);
    }
}
