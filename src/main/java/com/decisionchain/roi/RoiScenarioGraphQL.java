package com.decisionchain.roi;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

import com.decisionchain.common.Ids;
import com.decisionchain.interaction.InteractionTypes.InteractionView;
import com.decisionchain.opportunity.OpportunityViews.OpportunityView;
import com.decisionchain.tenancy.Access;
import com.decisionchain.tenancy.Caller;

/** Saved ROI scenarios on opportunities, and the scenario an interaction delivered. */
@GraphQLApi
public class RoiScenarioGraphQL {

    private final RoiService roi;
    private final Caller caller;

    public RoiScenarioGraphQL(RoiService roi, Caller caller) {
        this.roi = roi;
        this.caller = caller;
    }

    @Mutation
    @NonNull
    @Description("Computes an ROI request (the JSON body of POST /api/v1/roi) and saves it with its result on the opportunity.")
    public RoiScenarioView saveRoiScenario(@NonNull @Id String opportunityId, @NonNull String name,
            @NonNull String request) {
        caller.require(Access.WRITE);
        return RoiScenarioView.of(roi.save(opportunityId, name, request, caller.subject()));
    }

    @NonNull
    @Description("Saved ROI scenarios of this opportunity, newest first.")
    public List<@NonNull List<@NonNull RoiScenarioView>> roiScenarios(@Source List<OpportunityView> sources) {
        caller.require(Access.READ);
        var byOpportunity = roi.byOpportunity(sources.stream().map(OpportunityView::uuid).toList());
        return sources.stream()
                .map(o -> byOpportunity.getOrDefault(o.uuid(), List.of()).stream().map(RoiScenarioView::of).toList())
                .toList();
    }

    @Description("The saved ROI scenario delivered as the ROI_MODEL asset, if the interaction names one.")
    public List<RoiScenarioView> roiScenario(@Source List<InteractionView> sources) {
        caller.require(Access.READ);
        var found = roi.byIds(Ids.all(sources.stream().map(InteractionView::roiScenarioId).filter(Objects::nonNull).toList()));
        return sources.stream()
                .map(i -> i.roiScenarioId() == null ? null : found.get(UUID.fromString(i.roiScenarioId())))
                .map(scenario -> scenario == null ? null : RoiScenarioView.of(scenario))
                .toList();
    }
}
