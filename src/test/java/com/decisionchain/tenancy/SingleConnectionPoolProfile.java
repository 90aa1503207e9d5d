package com.decisionchain.tenancy;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/** The whole service over one pooled connection, so every request of every tenant shares it. */
public class SingleConnectionPoolProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("quarkus.datasource.jdbc.max-size", "1", "quarkus.datasource.jdbc.min-size", "1");
    }
}
