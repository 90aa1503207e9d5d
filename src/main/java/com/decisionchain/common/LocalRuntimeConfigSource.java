package com.decisionchain.common;

import java.util.Map;
import java.util.Set;

import org.eclipse.microprofile.config.spi.ConfigSource;

import com.decisionchain.tenancy.DevTokenKeys;

import io.quarkus.runtime.LaunchMode;

/**
 * Outside the prod profile, stands in for what is not configured: an embedded PostgreSQL when
 * DB_URL is unset, and a per-process key for development tokens in dev mode when no OIDC server
 * is configured. Values are made on first lookup, so building the application starts nothing,
 * and explicit settings (environment, system properties, test resources) always win.
 */
public class LocalRuntimeConfigSource implements ConfigSource {

    private static final Set<String> DATABASE_KEYS = Set.of("quarkus.datasource.jdbc.url",
            "quarkus.datasource.username", "quarkus.datasource.password", "quarkus.flyway.username",
            "quarkus.flyway.password");

    private Map<String, String> devTokenSettings;

    @Override
    public String getValue(String propertyName) {
        if (DATABASE_KEYS.contains(propertyName) && embeddedDatabaseWanted()) {
            return EmbeddedDatabase.start().get(propertyName);
        }
        if (propertyName.startsWith("quarkus.oidc.") || propertyName.startsWith("decision-chain.dev-tokens.")) {
            return devTokensWanted() ? devTokenSettings().get(propertyName) : null;
        }
        return null;
    }

    @Override
    public Set<String> getPropertyNames() {
        return Set.of();
    }

    @Override
    public String getName() {
        return "decision-chain-local-runtime";
    }

    /** Above application.properties (250), below environment variables (300) and system properties (400). */
    @Override
    public int getOrdinal() {
        return 275;
    }

    private synchronized Map<String, String> devTokenSettings() {
        if (devTokenSettings == null) {
            devTokenSettings = DevTokenKeys.generate();
        }
        return devTokenSettings;
    }

    private static boolean embeddedDatabaseWanted() {
        return !"prod".equals(profile()) && isBlank(setting("DB_URL", "db.url"));
    }

    private static boolean devTokensWanted() {
        return "dev".equals(profile())
                && isBlank(setting("QUARKUS_OIDC_AUTH_SERVER_URL", "quarkus.oidc.auth-server-url"));
    }

    private static String profile() {
        String profile = setting("QUARKUS_PROFILE", "quarkus.profile");
        if (!isBlank(profile)) {
            return profile;
        }
        return switch (LaunchMode.current()) {
            case DEVELOPMENT -> "dev";
            case TEST -> "test";
            default -> "prod";
        };
    }

    private static String setting(String environmentName, String propertyName) {
        String value = System.getProperty(propertyName);
        return value != null ? value : System.getenv(environmentName);
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
