package com.decisionchain.security;

import java.util.List;

import io.quarkus.test.junit.QuarkusTestProfile;

/** Keycloak-backed test classes share this profile: one application start against one Keycloak. */
public class KeycloakProfile implements QuarkusTestProfile {

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(KeycloakResource.class));
    }
}
