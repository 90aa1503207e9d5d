package com.decisionchain.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import com.decisionchain.tenancy.TenancyConfig;
import com.decisionchain.tenancy.TenantIssuers;

/** Per-tenant issuer configuration: lookup by iss, and configurations refused at start-up. */
class TenantIssuersTest {

    private static TenancyConfig.TenantIssuer issuer(String url, String iss) {
        return new TenancyConfig.TenantIssuer() {
            @Override
            public String authServerUrl() {
                return url;
            }

            @Override
            public Optional<String> issuer() {
                return Optional.ofNullable(iss);
            }

            @Override
            public Optional<List<String>> audience() {
                return Optional.of(List.of("decision-chain"));
            }
        };
    }

    private static TenantIssuers of(Map<String, TenancyConfig.TenantIssuer> issuers) {
        return new TenantIssuers(new TenancyConfig() {
            @Override
            public String tenantClaim() {
                return "tenant_id";
            }

            @Override
            public String rolesClaim() {
                return "realm_access.roles";
            }

            @Override
            public Map<String, TenancyConfig.TenantIssuer> issuers() {
                return issuers;
            }

            @Override
            public TenancyConfig.VerifiedTokens verifiedTokens() {
                throw new UnsupportedOperationException("TenantIssuers does not read it");
            }
        });
    }

    @Test
    void aTokensIssuerNamesItsTenantAndNothingElseDoes() {
        TenantIssuers issuers = of(Map.of(
                "north", issuer("https://idp.example/realms/north/", null),
                "south", issuer("https://idp.example/realms/south", "https://login.south.example")));
        assertEquals(Optional.of("north"), issuers.tenantOf("https://idp.example/realms/north"));
        assertEquals(Optional.of("north"), issuers.tenantOf("https://idp.example/realms/north/"));
        assertEquals(Optional.of("south"), issuers.tenantOf("https://login.south.example"));
        // the explicit issuer replaces the URL, and near misses are other issuers
        assertEquals(Optional.empty(), issuers.tenantOf("https://idp.example/realms/south"));
        assertEquals(Optional.empty(), issuers.tenantOf("https://idp.example/realms/NORTH"));
        assertEquals(Optional.empty(), issuers.tenantOf("https://idp.example/realms/north/x"));
        assertEquals(Optional.empty(), issuers.tenantOf(null));
        assertTrue(issuers.hasOwnIssuer("north"));
        assertFalse(issuers.hasOwnIssuer("acme"));
    }

    @Test
    void invalidTenantIdsAndSharedIssuersAreRefused() {
        assertThrows(IllegalStateException.class, () -> of(Map.of("bad tenant!", issuer("https://idp.example/a", null))));
        assertThrows(IllegalStateException.class, () -> of(Map.of(
                "a", issuer("https://idp.example/same", null), "b", issuer("https://idp.example/same/", null))));
    }
}
