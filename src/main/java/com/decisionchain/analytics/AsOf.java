package com.decisionchain.analytics;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

import com.decisionchain.common.ApiException;

/** The instant an analysis is for: now when absent, never further ahead than a configured margin. */
final class AsOf {

    private AsOf() {
    }

    /** From a REST query parameter: an ISO-8601 instant with offset, e.g. {@code 2026-03-01T09:30:00Z}. */
    static Instant parse(String value, Duration maxAhead) {
        if (value == null || value.isBlank()) {
            return Instant.now();
        }
        try {
            return check(OffsetDateTime.parse(value.trim()).toInstant(), maxAhead);
        } catch (DateTimeParseException e) {
            throw ApiException.invalid("asOf", "must be an ISO-8601 instant with offset, e.g. 2026-03-01T09:30:00Z");
        }
    }

    static Instant resolve(Instant value, Duration maxAhead) {
        return value == null ? Instant.now() : check(value, maxAhead);
    }

    private static Instant check(Instant asOf, Duration maxAhead) {
        if (asOf.isBefore(Instant.EPOCH)) {
            throw ApiException.invalid("asOf", "must not lie before 1970-01-01T00:00:00Z");
        }
        if (asOf.isAfter(Instant.now().plus(maxAhead))) {
            throw ApiException.invalid("asOf", "must not lie more than " + maxAhead.toHours() + " hours in the future");
        }
        return asOf;
    }
}
