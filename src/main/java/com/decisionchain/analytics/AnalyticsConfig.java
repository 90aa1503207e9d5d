package com.decisionchain.analytics;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "decision-chain.analytics")
public interface AnalyticsConfig {

    /** How far past now an {@code asOf} may lie: a little clock skew is fine, a forecast is not. */
    @WithDefault("P1D")
    Duration maxAsOfAhead();
}
