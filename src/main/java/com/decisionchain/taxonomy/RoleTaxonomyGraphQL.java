package com.decisionchain.taxonomy;

import java.util.List;

import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import com.decisionchain.opportunity.OpportunityStage;
import com.decisionchain.tenancy.Access;
import com.decisionchain.tenancy.Caller;

/** GraphQL {@code roleTaxonomy}. */
@GraphQLApi
public class RoleTaxonomyGraphQL {

    private final RoleTaxonomyService taxonomy;
    private final Caller caller;

    public RoleTaxonomyGraphQL(RoleTaxonomyService taxonomy, Caller caller) {
        this.taxonomy = taxonomy;
        this.caller = caller;
    }

    @Query
    @NonNull
    public RoleTaxonomy roleTaxonomy() {
        caller.require(Access.READ);
        List<RoleTaxonomyService.RoleDefinition> roles = taxonomy.roles();
        String key = roles.isEmpty() ? DefaultRoleTaxonomy.KEY : roles.get(0).taxonomyKey();
        return new RoleTaxonomy(key, roles.stream()
                .map(role -> new RoleDefinitionView(role.key(), role.labelEn(), role.labelZh(), role.weights().stream()
                        .map(weight -> new StageWeightView(weight.stage(), weight.weight().doubleValue())).toList()))
                .toList());
    }

    @Name("RoleTaxonomy")
    public record RoleTaxonomy(@NonNull String key, @NonNull List<@NonNull RoleDefinitionView> roles) {
    }

    @Name("RoleDefinition")
    public record RoleDefinitionView(@NonNull String key, @NonNull String labelEn, @NonNull String labelZh,
            @NonNull List<@NonNull StageWeightView> weights) {
    }

    @Name("StageWeight")
    public record StageWeightView(@NonNull OpportunityStage stage, @NonNull double weight) {
    }
}
