package com.decisionchain.support;

import java.util.List;
import java.util.Map;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;

/** Signed bearer tokens as the test OIDC provider would issue them (its key, its issuer). */
public final class Tokens {

    public static final String ISSUER = "https://server.example.com";
    public static final String AUDIENCE = "decision-chain";

    private Tokens() {
    }

    public static String of(String tenant, String... roles) {
        return claims(tenant, "user-" + tenant + "-" + String.join("-", roles), roles).sign();
    }

    public static JwtClaimsBuilder claims(String tenant, String subject, String... roles) {
        JwtClaimsBuilder builder = Jwt.claims()
                .issuer(ISSUER)
                .audience(AUDIENCE)
                .subject(subject)
                .claim("preferred_username", subject)
                .claim("realm_access", Map.of("roles", List.of(roles)))
                .expiresIn(600);
        if (tenant != null) {
            builder.claim("tenant_id", tenant);
        }
        return builder;
    }
}
