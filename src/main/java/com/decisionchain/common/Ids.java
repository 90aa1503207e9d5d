package com.decisionchain.common;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** GraphQL and REST ids are UUID strings; anything else names no object and so reads as not found. */
public final class Ids {

    private Ids() {
    }

    public static Optional<UUID> parse(String id) {
        if (id == null || id.length() != 36) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The id, or NOT_FOUND naming what was looked for. */
    public static UUID require(String what, String id) {
        return parse(id).orElseThrow(() -> ApiException.notFound(what, id));
    }

    public static String str(UUID id) {
        return id == null ? null : id.toString();
    }

    public static List<UUID> all(Collection<String> ids) {
        return ids.stream().map(Ids::parse).flatMap(Optional::stream).toList();
    }
}
