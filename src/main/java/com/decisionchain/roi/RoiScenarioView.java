package com.decisionchain.roi;

import java.time.Instant;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

/** GraphQL {@code RoiScenario}: {@code request} and {@code result} are the JSON of {@code POST /api/v1/roi}. */
@Name("RoiScenario")
public record RoiScenarioView(@Id @NonNull String id, @Ignore String opportunityId, @NonNull String name,
        @NonNull @Description("The ROI request, as the JSON body of POST /api/v1/roi") String request,
        @NonNull @Description("The ROI result computed from the request, as POST /api/v1/roi answers it") String result,
        @NonNull Instant createdAt) {

    static RoiScenarioView of(RoiScenario scenario) {
        return new RoiScenarioView(scenario.id.toString(), scenario.opportunityId.toString(), scenario.name,
                scenario.request, scenario.result, scenario.createdAt);
    }
}
