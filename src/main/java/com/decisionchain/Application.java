package com.decisionchain;

import com.decisionchain.common.EmbeddedDatabase;
import com.decisionchain.tenancy.DevTokenKeys;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

/**
 * Entry point. Outside the prod profile, a missing database or identity provider is replaced by a
 * local one before Quarkus reads its configuration: an embedded PostgreSQL when DB_URL is unset,
 * and a per-process signing key for development tokens when no OIDC server is configured.
 */
@QuarkusMain
public class Application {

    public static void main(String... args) {
        if (!"prod".equals(activeProfile())) {
            if (isBlank(setting("DB_URL", "quarkus.datasource.jdbc.url"))) {
                EmbeddedDatabase.start().forEach(System::setProperty);
            }
            if (isBlank(setting("QUARKUS_OIDC_AUTH_SERVER_URL", "quarkus.oidc.auth-server-url"))) {
                DevTokenKeys.generate().forEach(System::setProperty);
            }
        }
        Quarkus.run(args);
    }

    private static String activeProfile() {
        String profile = setting("QUARKUS_PROFILE", "quarkus.profile");
        if (!isBlank(profile)) {
            return profile;
        }
        return LaunchMode.current() == LaunchMode.DEVELOPMENT ? "dev" : "prod";
    }

    private static String setting(String environmentName, String propertyName) {
        String value = System.getProperty(propertyName);
        return value != null ? value : System.getenv(environmentName);
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
