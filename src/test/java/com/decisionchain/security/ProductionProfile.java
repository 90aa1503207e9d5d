package com.decisionchain.security;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * The service under its prod runtime profile. Only what a production deployment must supply
 * itself is given here: the identity provider and audience, the owner role (from the test database).
 */
public class ProductionProfile implements QuarkusTestProfile {

    @Override
    public String getConfigProfile() {
        return "prod";
    }

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("quarkus.oidc.auth-server-url", "${keycloak.url}/realms/quarkus",
                "quarkus.oidc.token.audience", "decision-chain",
                "smallrye.jwt.sign.key.location", "privateKey.jwk");
    }
}
