package com.decisionchain.support;

import java.util.Map;

import com.decisionchain.common.EmbeddedDatabase;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/** Tests run against the same embedded PostgreSQL the service starts without DB_URL. */
public class EmbeddedDatabaseResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        String configured = System.getenv("DB_URL");
        if (configured != null && !configured.isBlank()) {
            return Map.of();
        }
        return EmbeddedDatabase.start();
    }

    @Override
    public void stop() {
        // one server serves every test class of the JVM; it stops with the JVM
    }
}
