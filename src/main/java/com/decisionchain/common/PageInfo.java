package com.decisionchain.common;

import org.eclipse.microprofile.graphql.NonNull;

/** Relay page information. */
public record PageInfo(@NonNull boolean hasNextPage, String endCursor) {
}
