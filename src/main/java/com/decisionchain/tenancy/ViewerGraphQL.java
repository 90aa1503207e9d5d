package com.decisionchain.tenancy;

import java.util.List;

import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

/** GraphQL {@code me}: who the token says the caller is. Open to every authenticated role. */
@GraphQLApi
public class ViewerGraphQL {

    private final Caller caller;

    public ViewerGraphQL(Caller caller) {
        this.caller = caller;
    }

    @Query
    @NonNull
    public Viewer me() {
        return new Viewer(caller.tenantId(), caller.subject(), caller.roleNames());
    }

    @Name("Viewer")
    public record Viewer(@NonNull String tenantId, @NonNull String subject, @NonNull List<@NonNull String> roles) {
    }
}
