package com.decisionchain.common;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;

/** Builds the edges and page info of a Relay connection from a {@link Page}. */
public final class Connections {

    private Connections() {
    }

    public static <N, E> List<E> edges(Page<N> page, Function<N, Instant> orderedBy, Function<N, String> id,
            BiFunction<String, N, E> edge) {
        return page.rows().stream()
                .map(node -> edge.apply(PageRequest.cursor(orderedBy.apply(node), UUID.fromString(id.apply(node))), node))
                .toList();
    }

    public static PageInfo pageInfo(Page<?> page, List<String> cursors) {
        return new PageInfo(page.hasNextPage(), cursors.isEmpty() ? null : cursors.get(cursors.size() - 1));
    }
}
