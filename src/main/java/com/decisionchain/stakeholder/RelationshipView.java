package com.decisionchain.stakeholder;

import java.time.Instant;

import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

/** GraphQL {@code Relationship}; {@code from} and {@code to} resolve in batches. */
@Name("Relationship")
public record RelationshipView(@Id @NonNull String id, @NonNull RelationshipType type, @Ignore String fromId,
        @Ignore String toId, Integer weight, String note, String source, @NonNull Instant at) {

    static RelationshipView of(Relationship r) {
        return new RelationshipView(r.id.toString(), r.type, r.fromId.toString(), r.toId.toString(),
                r.weight == null ? null : r.weight.intValue(), r.note, r.source, r.at);
    }
}
