package com.decisionchain.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.time.Instant;
import java.util.Base64;

import javax.crypto.spec.SecretKeySpec;

import jakarta.inject.Inject;

import org.hibernate.SessionFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.decisionchain.support.Fixtures;
import com.decisionchain.support.GraphQL;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.smallrye.jwt.algorithm.SignatureAlgorithm;

/**
 * Token handling against a real Keycloak: genuine tokens of the shared realm and of two tenants'
 * own realms, and forged tokens with one thing wrong. Every rejected token answers 401 with a
 * problem (REST) or UNAUTHENTICATED (GraphQL) and runs no SQL.
 */
@QuarkusTest
@TestProfile(KeycloakProfile.class)
class KeycloakTokenTest {

    private static final String SHARED = KeycloakResource.SHARED_REALM;

    @Inject
    SessionFactory sessionFactory;

    private long statementsBefore;

    @BeforeEach
    void countStatements() {
        statementsBefore = sessionFactory.getStatistics().getPrepareStatementCount();
    }

    private void assertNoStatements() {
        assertEquals(statementsBefore, sessionFactory.getStatistics().getPrepareStatementCount(),
                "a rejected token must not reach the database");
    }

    /** Both APIs refuse the token before any database work. */
    private void rejected(String token) {
        countStatements();
        var rest = given();
        if (token != null) {
            rest = rest.auth().oauth2(token);
        }
        rest.when().get("/api/v1/coverage").then()
                .statusCode(401)
                .contentType(startsWith("application/problem+json"))
                .body("code", equalTo("UNAUTHENTICATED"));
        // GraphQL answers a request without a token as a GraphQL error; a token that fails gets HTTP 401
        GraphQL.post(token, "{ me { tenantId } }")
                .statusCode(token == null ? 200 : 401)
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("UNAUTHENTICATED"));
        assertNoStatements();
    }

    private static String tenantOf(String token) {
        return GraphQL.post(token, "{ me { tenantId } }").statusCode(200).body("errors", nullValue())
                .extract().path("data.me.tenantId");
    }

    private static long now() {
        return Instant.now().getEpochSecond();
    }

    @Test
    void genuineTokensOfTheSharedAndPerTenantIssuersResolveTheirTenants() {
        assertEquals("kc-acme", tenantOf(KeycloakTokens.password(SHARED, "acme-rep")));
        assertEquals("kc-globex", tenantOf(KeycloakTokens.password(SHARED, "globex-rep")));
        assertEquals("kc-north", tenantOf(KeycloakTokens.password("north", "north-rep")));
        assertEquals("kc-south", tenantOf(KeycloakTokens.password("south", "south-rep")));
        given().auth().oauth2(KeycloakTokens.password(SHARED, "acme-admin"))
                .when().get("/api/v1/settings/analytics").then().statusCode(200);
        // a forged token with nothing wrong passes: the forged cases below fail for their one defect only
        assertEquals("kc-acme", tenantOf(KeycloakTokens.signWithRealmKey(KeycloakTokens.sharedClaims("kc-acme", "rep"))));
    }

    @Test
    void noToken() {
        rejected(null);
    }

    @Test
    void expired() {
        rejected(KeycloakTokens.signWithRealmKey(KeycloakTokens.sharedClaims(Fixtures.newTenant(), "rep")
                .issuedAt(now() - 7200).expiresAt(now() - 3600)));
    }

    @Test
    void notYetValid() {
        rejected(KeycloakTokens.signWithRealmKey(KeycloakTokens.sharedClaims(Fixtures.newTenant(), "rep")
                .claim("nbf", now() + 3600)));
    }

    @Test
    void wrongIssuer() {
        rejected(KeycloakTokens.signWithRealmKey(KeycloakTokens.sharedClaims(Fixtures.newTenant(), "rep")
                .issuer("http://127.0.0.1:1/realms/evil")));
        // the realm's own URL with a different spelling is another issuer
        rejected(KeycloakTokens.signWithRealmKey(KeycloakTokens.sharedClaims(Fixtures.newTenant(), "rep")
                .issuer(KeycloakResource.realmUrl(SHARED).replace("127.0.0.1", "localhost"))));
    }

    @Test
    void wrongOrMissingAudience() {
        // a genuine Keycloak token issued to another client, addressed to another service
        rejected(KeycloakTokens.password(SHARED, "acme-rep", "other-service"));
        rejected(KeycloakTokens.signWithRealmKey(KeycloakTokens.sharedClaims(Fixtures.newTenant(), "rep").remove("aud")));
        rejected(KeycloakTokens.signWithRealmKey(KeycloakTokens.sharedClaims(Fixtures.newTenant(), "rep").audience("account")));
    }

    @Test
    void algNone() {
        String[] genuine = KeycloakTokens.parts(KeycloakTokens.password(SHARED, "acme-rep"));
        String claims = KeycloakTokens.decode(genuine[1]);
        rejected(KeycloakTokens.raw("{\"alg\":\"none\",\"typ\":\"JWT\"}", claims, ""));
        rejected(KeycloakTokens.raw("{\"alg\":\"none\",\"typ\":\"JWT\"}", claims, genuine[2]));
        rejected(KeycloakTokens.raw("{\"alg\":\"None\",\"typ\":\"JWT\"}", claims, ""));
    }

    @Test
    void tamperedClaimWithTheOldSignature() {
        String[] genuine = KeycloakTokens.parts(KeycloakTokens.password(SHARED, "acme-rep"));
        String header = KeycloakTokens.decode(genuine[0]);
        String claims = KeycloakTokens.decode(genuine[1]);
        rejected(KeycloakTokens.raw(header, claims.replace("\"kc-acme\"", "\"kc-globex\""), genuine[2]));
        rejected(KeycloakTokens.raw(header, claims.replace("\"rep\"", "\"admin\""), genuine[2]));
        // a per-tenant issuer's token re-labelled as the shared issuer's
        String[] north = KeycloakTokens.parts(KeycloakTokens.password("north", "north-spoof"));
        rejected(KeycloakTokens.raw(KeycloakTokens.decode(north[0]), KeycloakTokens.decode(north[1])
                .replace(KeycloakResource.realmUrl("north"), KeycloakResource.realmUrl(SHARED)), north[2]));
    }

    @Test
    void signedByAnUnknownKeyOrWithAnUnknownKid() throws NoSuchAlgorithmException {
        PrivateKey stranger = KeyPairGenerator.getInstance("RSA").genKeyPair().getPrivate();
        String tenant = Fixtures.newTenant();
        rejected(KeycloakTokens.sharedClaims(tenant, "rep").jws().keyId(KeycloakTokens.realmKid()).sign(stranger));
        rejected(KeycloakTokens.sharedClaims(tenant, "rep").jws().keyId("unknown-kid").sign(stranger));
        // the realm's own key, but a kid the realm never published
        rejected(KeycloakTokens.sharedClaims(tenant, "rep").jws().keyId("unknown-kid").sign(KeycloakTokens.realmKey()));
    }

    @Test
    void hs256SignedWithTheRealmsPublicKey() {
        String publicKey = KeycloakTokens.realmPublicKey();
        for (byte[] secret : new byte[][] { publicKey.getBytes(StandardCharsets.US_ASCII),
                ("-----BEGIN PUBLIC KEY-----\n" + publicKey + "\n-----END PUBLIC KEY-----\n").getBytes(StandardCharsets.US_ASCII),
                Base64.getDecoder().decode(publicKey) }) {
            rejected(KeycloakTokens.sharedClaims(Fixtures.newTenant(), "rep").jws()
                    .algorithm(SignatureAlgorithm.HS256).keyId(KeycloakTokens.realmKid())
                    .sign(new SecretKeySpec(secret, "HmacSHA256")));
        }
    }

    @Test
    void aPerTenantIssuersTokenBelongsToThatTenantWhateverItsTenantClaim() {
        String acmeRep = KeycloakTokens.password(SHARED, "acme-rep");
        String acmeAccount = Fixtures.account(acmeRep, "Acme only");
        // north-spoof's token carries tenant_id kc-acme, but north's issuer vouches for kc-north only
        String spoof = KeycloakTokens.password("north", "north-spoof");
        assertEquals("kc-north", tenantOf(spoof));
        GraphQL.post(spoof, "query($id: ID!) { account(id: $id) { name } }", Fixtures.map("id", acmeAccount))
                .statusCode(200)
                .body("data.account", nullValue())
                .body("errors[0].extensions.code", equalTo("NOT_FOUND"));
        GraphQL.post(acmeRep, "query($id: ID!) { account(id: $id) { name } }", Fixtures.map("id", acmeAccount))
                .body("data.account.name", equalTo("Acme only"));
        // per-issuer tenants are isolated from each other and from the shared issuer's tenants
        String northAccount = Fixtures.account(KeycloakTokens.password("north", "north-rep"), "North only");
        for (String other : new String[] { KeycloakTokens.password("south", "south-rep"), acmeRep }) {
            GraphQL.post(other, "query($id: ID!) { account(id: $id) { name } }", Fixtures.map("id", northAccount))
                    .statusCode(200)
                    .body("data.account", nullValue())
                    .body("errors[0].extensions.code", equalTo("NOT_FOUND"));
        }
    }

    @Test
    void theSharedIssuerCannotNameATenantThatBringsItsOwnIssuer() {
        rejected(KeycloakTokens.signWithRealmKey(KeycloakTokens.sharedClaims("kc-north", "rep")));
    }

    @Test
    void aTokenWithNoTenant() {
        rejected(KeycloakTokens.password(SHARED, "nobody-rep"));
        rejected(KeycloakTokens.signWithRealmKey(KeycloakTokens.sharedClaims(null, "rep")));
        rejected(KeycloakTokens.signWithRealmKey(KeycloakTokens.sharedClaims("", "rep")));
        rejected(KeycloakTokens.signWithRealmKey(KeycloakTokens.sharedClaims("../other tenant", "rep")));
    }
}
