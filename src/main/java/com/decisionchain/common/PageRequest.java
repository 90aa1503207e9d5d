package com.decisionchain.common;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

/**
 * A Relay page request: how many rows and after which cursor. Rows are ordered by an instant and
 * then the id ({@link Keyset}), so the cursor is that pair, opaque to clients.
 */
public record PageRequest(int first, Instant afterInstant, UUID afterId) {

    public static PageRequest of(Integer first, String after, PagingConfig config) {
        int size = first == null ? config.defaultSize() : first;
        if (size < 0) {
            throw ApiException.invalid("first", "must be zero or more");
        }
        size = Math.min(size, config.maxSize());
        if (after == null || after.isEmpty()) {
            return new PageRequest(size, null, null);
        }
        try {
            String decoded = new String(Base64.getUrlDecoder().decode(after), StandardCharsets.UTF_8);
            int separator = decoded.indexOf('|');
            Instant instant = Instant.parse(decoded.substring(0, separator));
            UUID id = UUID.fromString(decoded.substring(separator + 1));
            return new PageRequest(size, instant, id);
        } catch (RuntimeException e) {
            throw ApiException.invalid("after", "is not a cursor this API returned");
        }
    }

    public boolean hasCursor() {
        return afterId != null;
    }

    public static String cursor(Instant instant, UUID id) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((instant + "|" + id).getBytes(StandardCharsets.UTF_8));
    }
}
