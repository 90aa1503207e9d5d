package com.decisionchain.common;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "decision-chain.paging")
public interface PagingConfig {

    /** Rows in a page when a list field is asked without {@code first}. */
    @WithDefault("20")
    int defaultSize();

    /** The most rows one page returns; a larger {@code first} is capped to it. */
    @WithDefault("100")
    int maxSize();
}
