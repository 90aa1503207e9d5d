package com.decisionchain.roi;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.decisionchain.support.Tokens;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

@QuarkusTest
@TestProfile(RoiRateLimitTest.ThreePerMinute.class)
class RoiRateLimitTest {

    /** A limit small enough to reach in a few requests. */
    public static class ThreePerMinute implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("decision-chain.roi.rate-limit.requests-per-minute", "3");
        }
    }

    private static final String ARTICLE = """
            {"currency": "CNY", "initialCost": 1000000, "annualBenefit": 300000, "years": 5}""";
    private static final String TENANT = "roi-limit-" + UUID.randomUUID().toString().substring(0, 8);

    private static ValidatableResponse post(String token) {
        return given().contentType(ContentType.JSON).body(ARTICLE).auth().oauth2(token)
                .when().post("/api/v1/roi").then();
    }

    @Test
    void theFourthRequestOfAMinuteIsRateLimitedWithRetryAfter() {
        String token = Tokens.of(TENANT, "partner");
        for (int i = 0; i < 3; i++) {
            post(token).statusCode(200);
        }
        String retryAfter = post(token)
                .statusCode(429)
                .contentType("application/problem+json")
                .body("code", equalTo("RATE_LIMITED"))
                .body("status", equalTo(429))
                .header("Retry-After", notNullValue())
                .extract().header("Retry-After");
        long seconds = Long.parseLong(retryAfter);
        assertTrue(seconds >= 1 && seconds <= 20, retryAfter);
    }

    @Test
    void theLimitIsPerClientOfATenant() {
        String tenant = TENANT + "-azp";
        // Two users of one partner tool share its allowance: the key is the token's client (azp).
        String alice = Tokens.claims(tenant, "alice", "partner").claim("azp", "partner-tool").sign();
        String bob = Tokens.claims(tenant, "bob", "partner").claim("azp", "partner-tool").sign();
        post(alice).statusCode(200);
        post(bob).statusCode(200);
        post(alice).statusCode(200);
        post(bob).statusCode(429).body("code", equalTo("RATE_LIMITED"));
        // Another client of the tenant, and the same client id in another tenant, have their own allowance.
        post(Tokens.claims(tenant, "carol", "partner").claim("azp", "other-tool").sign()).statusCode(200);
        post(Tokens.claims(tenant + "-b", "alice", "partner").claim("azp", "partner-tool").sign()).statusCode(200);
        // Without azp, client_id names the client.
        String viaClientId = Tokens.claims(tenant, "dave", "partner").claim("client_id", "partner-tool").sign();
        post(viaClientId).statusCode(200);
    }
}
