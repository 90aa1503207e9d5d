package com.decisionchain.common;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;

/** Builds a Relay connection (edges with cursors, page info, total) from a {@link Page}. */
public final class Connections {

    /** The canonical constructor of a connection type: (edges, pageInfo, totalCount). */
    @FunctionalInterface
    public interface Factory<E, C> {
        C create(List<E> edges, PageInfo pageInfo, int totalCount);
    }

    private Connections() {
    }

    /**
     * @param orderedBy the instant the page is ordered by (its {@link Keyset}), which the cursor carries
     * @param edge the edge type's constructor: (cursor, node)
     */
    public static <N, E, C> C of(Page<N> page, Function<N, Instant> orderedBy, Function<N, String> id,
            BiFunction<String, N, E> edge, Factory<E, C> connection) {
        Function<N, String> cursor = node -> PageRequest.cursor(orderedBy.apply(node), UUID.fromString(id.apply(node)));
        List<E> edges = page.rows().stream().map(node -> edge.apply(cursor.apply(node), node)).toList();
        String endCursor = page.rows().isEmpty() ? null : cursor.apply(page.rows().get(page.rows().size() - 1));
        return connection.create(edges, new PageInfo(page.hasNextPage(), endCursor), (int) page.totalCount());
    }
}
