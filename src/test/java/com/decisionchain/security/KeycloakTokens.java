package com.decisionchain.security;

import static io.restassured.RestAssured.given;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import io.restassured.http.ContentType;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;

/**
 * Tokens from the test Keycloak (password grant of a public test client) and tokens forged with
 * the shared realm's own signing key, which the test realm imports so that otherwise valid tokens
 * with one thing wrong (expiry, nbf, audience, ...) can be built.
 */
final class KeycloakTokens {

    private static PrivateKey realmKey;
    private static String realmKid;

    private KeycloakTokens() {
    }

    static String password(String realm, String username) {
        return password(realm, username, KeycloakResource.CLIENT);
    }

    static String password(String realm, String username, String client) {
        return given().contentType(ContentType.URLENC)
                .formParam("grant_type", "password").formParam("client_id", client)
                .formParam("username", username).formParam("password", KeycloakResource.PASSWORD)
                .when().post(KeycloakResource.realmUrl(realm) + "/protocol/openid-connect/token")
                .then().statusCode(200).extract().path("access_token");
    }

    /** Claims as the shared realm issues them for a user of {@code tenant} with {@code roles}. */
    static JwtClaimsBuilder sharedClaims(String tenant, String... roles) {
        JwtClaimsBuilder claims = Jwt.claims()
                .issuer(KeycloakResource.realmUrl(KeycloakResource.SHARED_REALM))
                .audience("decision-chain")
                .subject("forged-" + tenant)
                .claim("typ", "Bearer")
                .claim("realm_access", Map.of("roles", List.of(roles)))
                .issuedAt(System.currentTimeMillis() / 1000)
                .expiresIn(600);
        if (tenant != null) {
            claims.claim("tenant_id", tenant);
        }
        return claims;
    }

    /** Signs with the shared realm's private key and its published key id. */
    static String signWithRealmKey(JwtClaimsBuilder claims) {
        return claims.jws().keyId(realmKid()).sign(realmKey());
    }

    static synchronized String realmKid() {
        if (realmKid == null) {
            List<Map<String, Object>> keys = given().when()
                    .get(KeycloakResource.realmUrl(KeycloakResource.SHARED_REALM) + "/protocol/openid-connect/certs")
                    .then().statusCode(200).extract().path("keys");
            realmKid = keys.stream().filter(key -> "RS256".equals(key.get("alg")) && "sig".equals(key.get("use")))
                    .map(key -> (String) key.get("kid")).findFirst().orElseThrow();
        }
        return realmKid;
    }

    /** The shared realm's public key as the realm publishes it (base64 of the DER, no PEM armour). */
    static String realmPublicKey() {
        return given().when().get(KeycloakResource.realmUrl(KeycloakResource.SHARED_REALM))
                .then().statusCode(200).extract().path("public_key");
    }

    static synchronized PrivateKey realmKey() {
        if (realmKey == null) {
            try (InputStream in = KeycloakTokens.class.getResourceAsStream("/keycloak/decision-chain-realm-key.pem")) {
                String pem = new String(in.readAllBytes(), StandardCharsets.US_ASCII)
                        .replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
                realmKey = KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem)));
            } catch (IOException | java.security.GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        }
        return realmKey;
    }

    /** A JWT with the given raw header and claims, and the given signature part (possibly empty). */
    static String raw(String headerJson, String claimsJson, String signature) {
        Base64.Encoder url = Base64.getUrlEncoder().withoutPadding();
        return url.encodeToString(headerJson.getBytes(StandardCharsets.UTF_8)) + "."
                + url.encodeToString(claimsJson.getBytes(StandardCharsets.UTF_8)) + "." + signature;
    }

    static String[] parts(String jwt) {
        return jwt.split("\\.");
    }

    static String decode(String part) {
        return new String(Base64.getUrlDecoder().decode(part), StandardCharsets.UTF_8);
    }
}
