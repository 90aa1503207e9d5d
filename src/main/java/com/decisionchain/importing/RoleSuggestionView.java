package com.decisionchain.importing;

import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

/** GraphQL {@code RoleSuggestion}: a role a stakeholder's title suggests (INFERRED, never confirmed). */
@Name("RoleSuggestion")
public record RoleSuggestionView(@NonNull String role, double confidence, @NonNull String rule, @NonNull String source) {
}
