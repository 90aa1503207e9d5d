package com.decisionchain.common;

import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "decision-chain.http")
public interface HttpHardeningConfig {

    /**
     * Largest request body, in bytes, by its Content-Length, on every path except imports (their own
     * 200 MB file limit) and GraphQL (its own limit and error format); larger answers 413.
     */
    @WithDefault("1048576")
    long maxBodyBytes();

    /** Content-Security-Policy sent with every answer except the optional UIs (/q/graphql-ui, /q/swagger-ui, /q/dev-ui). */
    @WithDefault("default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'")
    String contentSecurityPolicy();

    /** Referrer-Policy sent with every answer. */
    @WithDefault("no-referrer")
    String referrerPolicy();

    /**
     * Strict-Transport-Security value, sent only when set (e.g. {@code max-age=31536000}): set it
     * when the service is reached over TLS only, usually through a TLS-terminating proxy.
     */
    Optional<String> strictTransportSecurity();
}
