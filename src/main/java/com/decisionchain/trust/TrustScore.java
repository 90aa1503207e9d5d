package com.decisionchain.trust;

import java.time.Instant;

/**
 * A stakeholder's trust as of {@code asOf}: {@code score} 0-100 rounded to one decimal, and {@code trend30d} the
 * rounded score now minus the rounded score one trend period earlier. Carries the settings it was computed with.
 */
public record TrustScore(double score, TrustLevel level, double trend30d, TrustComponents components,
                         TrustSignals signals, Instant asOf, TrustSettings settings) {
}
