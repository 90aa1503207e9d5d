package com.decisionchain.security;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlMatching;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.decisionchain.support.Fixtures;
import com.decisionchain.support.GraphQL;
import com.decisionchain.support.Tokens;
import com.github.tomakehurst.wiremock.WireMockServer;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWireMock;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/** Security headers, no server banner, CORS off by default, request body bounds, no token introspection. */
@QuarkusTest
class HttpHardeningTest {

    private static final String TENANT = Fixtures.newTenant();
    private static final String ADMIN = Tokens.of(TENANT, "admin");

    @OidcWireMock
    WireMockServer oidcServer;

    private static void hardened(ValidatableResponse response) {
        response.header("X-Content-Type-Options", "nosniff")
                .header("X-Frame-Options", "DENY")
                .header("Referrer-Policy", "no-referrer")
                .header("Content-Security-Policy", startsWith("default-src 'none'"))
                .header("Server", nullValue())
                .header("X-Powered-By", nullValue());
    }

    @Test
    void everyKindOfAnswerCarriesTheSecurityHeadersAndNoServerBanner() {
        hardened(given().auth().oauth2(ADMIN).get("/api/v1/coverage").then().statusCode(200));
        hardened(given().get("/api/v1/coverage").then().statusCode(401));
        hardened(given().auth().oauth2("not-a-jwt").get("/api/v1/coverage").then().statusCode(401));
        hardened(GraphQL.post(ADMIN, "{ me { tenantId } }").statusCode(200));
        hardened(GraphQL.post("not-a-jwt", "{ me { tenantId } }").statusCode(401));
        hardened(given().auth().oauth2(ADMIN).get("/api/v1/no-such-path").then().statusCode(404));
        hardened(given().get("/q/health/ready").then());
    }

    @Test
    void crossOriginRequestsGetNoCorsGrantByDefault() {
        for (String path : List.of("/graphql", "/api/v1/roi", "/api/v1/coverage")) {
            given().header("Origin", "https://evil.example")
                    .header("Access-Control-Request-Method", "POST")
                    .header("Access-Control-Request-Headers", "authorization,content-type")
                    .options(path).then()
                    .header("Access-Control-Allow-Origin", nullValue())
                    .header("Access-Control-Allow-Credentials", nullValue());
        }
        given().auth().oauth2(ADMIN).header("Origin", "https://evil.example").get("/api/v1/coverage").then()
                .statusCode(200).header("Access-Control-Allow-Origin", nullValue());
    }

    @Test
    void requestBodiesAreBounded() {
        String twoMegabytes = "{\"padding\":\"" + "x".repeat(2 * 1024 * 1024) + "\"}";
        // REST JSON outside imports: 1 MB by Content-Length, before authentication or parsing
        for (String method : List.of("PUT /api/v1/settings/analytics", "POST /api/v1/roi",
                "POST /api/v1/imports/review-suggestions/" + Fixtures.randomId() + "/accept")) {
            String[] parts = method.split(" ");
            given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(twoMegabytes)
                    .request(parts[0], parts[1]).then()
                    .statusCode(413)
                    .contentType(startsWith("application/problem+json"))
                    .body("code", equalTo("PAYLOAD_TOO_LARGE"));
        }
        // ROI: its own 64 KB limit
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON)
                .body("{\"padding\":\"" + "x".repeat(70 * 1024) + "\"}").post("/api/v1/roi").then()
                .statusCode(413).body("code", equalTo("PAYLOAD_TOO_LARGE"));
        // GraphQL: 1 MB, answered in GraphQL's format
        GraphQL.postRaw(ADMIN, java.util.Map.of("query", "{ me { tenantId } }", "variables",
                java.util.Map.of("padding", "x".repeat(1100 * 1024))))
                .statusCode(413).body("errors[0].extensions.code", equalTo("PAYLOAD_TOO_LARGE"));
        // imports are not held to the 1 MB JSON bound (their own file limit applies, 1 MB in tests)
        given().auth().oauth2(ADMIN).multiPart("file", "big.csv", new byte[1100 * 1024], "text/csv")
                .multiPart("format", "LINKEDIN_CONNECTIONS").post("/api/v1/imports").then()
                .body(org.hamcrest.Matchers.not(containsString("larger than 1048576 bytes")));
    }

    @Test
    void aTokenFromAnUnknownKeyIsRefusedWithoutAskingTheProviderToIntrospectIt() throws NoSuchAlgorithmException {
        oidcServer.resetRequests();
        String forged = Tokens.claims(TENANT, "forger", "admin").jws().keyId("unknown-kid")
                .sign(KeyPairGenerator.getInstance("RSA").genKeyPair().getPrivate());
        given().auth().oauth2(forged).get("/api/v1/coverage").then().statusCode(401);
        GraphQL.post(forged, "{ me { tenantId } }").statusCode(401);
        oidcServer.verify(0, anyRequestedFor(urlMatching(".*/introspect.*")));
        oidcServer.verify(0, anyRequestedFor(urlMatching(".*/userinfo.*")));
    }
}
