package com.decisionchain.tenancy;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Map;

/**
 * A signing key made fresh for each development process: the service verifies tokens with the
 * public half like any issuer's, and {@link DevTokenResource} signs with the private half.
 * Nothing is written to disk, and the prod profile never creates one.
 */
public final class DevTokenKeys {

    public static final String ISSUER = "decision-chain-dev";
    public static final String AUDIENCE = "decision-chain";
    static final String SIGNING_KEY_PROPERTY = "decision-chain.dev-tokens.signing-key";

    private DevTokenKeys() {
    }

    public static Map<String, String> generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            Base64.Encoder base64 = Base64.getEncoder();
            return Map.of(
                    "quarkus.oidc.public-key", base64.encodeToString(pair.getPublic().getEncoded()),
                    "quarkus.oidc.discovery-enabled", "false",
                    "quarkus.oidc.token.issuer", ISSUER,
                    "quarkus.oidc.token.audience", AUDIENCE,
                    SIGNING_KEY_PROPERTY, base64.encodeToString(pair.getPrivate().getEncoded()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("RSA is not available", e);
        }
    }
}
