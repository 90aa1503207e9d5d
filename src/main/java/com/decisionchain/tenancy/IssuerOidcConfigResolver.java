package com.decisionchain.tenancy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.oidc.OidcRequestContext;
import io.quarkus.oidc.OidcTenantConfig;
import io.quarkus.oidc.TenantConfigResolver;
import io.quarkus.oidc.runtime.OidcTenantConfig.ApplicationType;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;

/**
 * Picks the OIDC configuration that verifies a bearer token by the token's (not yet verified)
 * {@code iss}: a per-tenant issuer's own keys, audience and issuer check, or the default
 * (shared-issuer) configuration for everything else. Reading {@code iss} unverified is safe: the
 * chosen configuration then verifies the signature and that {@code iss} is its own issuer, so a
 * token can only pass as the issuer that signed it.
 */
@ApplicationScoped
public class IssuerOidcConfigResolver implements TenantConfigResolver {

    private static final String BEARER = "Bearer ";

    private final ObjectMapper json;
    private final Map<String, OidcTenantConfig> configByIssuer = new HashMap<>();

    public IssuerOidcConfigResolver(TenantIssuers issuers, ObjectMapper json) {
        this.json = json;
        issuers.byIssuer().forEach((iss, issuer) -> configByIssuer.put(iss, oidcConfig(issuers.tenantOf(iss).orElseThrow(), issuer)));
    }

    private static OidcTenantConfig oidcConfig(String tenant, TenancyConfig.TenantIssuer issuer) {
        var token = OidcTenantConfig.authServerUrl(issuer.authServerUrl())
                .tenantId("issuer-" + tenant)
                .applicationType(ApplicationType.SERVICE)
                .token()
                .allowJwtIntrospection(false)
                .allowOpaqueTokenIntrospection(false);
        issuer.issuer().ifPresent(token::issuer);
        issuer.audience().ifPresent(token::audience);
        return token.end().build();
    }

    @Override
    public Uni<OidcTenantConfig> resolve(RoutingContext context, OidcRequestContext<OidcTenantConfig> requestContext) {
        if (configByIssuer.isEmpty()) {
            return Uni.createFrom().nullItem();
        }
        String issuer = unverifiedIssuer(context.request().getHeader("Authorization"));
        return Uni.createFrom().item(issuer == null ? null : configByIssuer.get(TenantIssuers.normalized(issuer)));
    }

    private String unverifiedIssuer(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return null;
        }
        String[] parts = authorization.substring(BEARER.length()).trim().split("\\.");
        if (parts.length != 3) {
            return null;
        }
        try {
            JsonNode claims = json.readTree(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8));
            JsonNode iss = claims == null ? null : claims.get("iss");
            return iss != null && iss.isTextual() ? iss.asText() : null;
        } catch (IllegalArgumentException | java.io.IOException unreadable) {
            return null;
        }
    }
}
