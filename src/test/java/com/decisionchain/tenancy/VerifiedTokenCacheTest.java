package com.decisionchain.tenancy;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.decisionchain.support.Tokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class VerifiedTokenCacheTest {

    private static final String ARTICLE = """
            {"currency": "CNY", "initialCost": 1000000, "annualBenefit": 300000, "years": 5}""";

    private static int roi(String token) {
        return given().contentType(ContentType.JSON).body(ARTICLE).auth().oauth2(token)
                .when().post("/api/v1/roi").then().extract().statusCode();
    }

    private static double cacheGets(String result) {
        String metrics = given().when().get("/q/metrics").then().statusCode(200).extract().asString();
        Matcher line = Pattern.compile("(?m)^cache_gets_total\\{[^}]*cache=\"verified-tokens\"[^}]*result=\"" + result
                + "\"[^}]*} ([0-9.E+-]+)$").matcher(metrics);
        assertTrue(line.find(), "no verified-tokens " + result + " count in /q/metrics");
        return Double.parseDouble(line.group(1));
    }

    @Test
    void aTokenIsVerifiedOnceThenServedFromTheCache() {
        String token = Tokens.of("cache-" + UUID.randomUUID().toString().substring(0, 8), "partner");
        double hits = cacheGets("hit");
        double misses = cacheGets("miss");
        assertEquals(200, roi(token));
        assertEquals(200, roi(token));
        assertEquals(200, roi(token));
        assertEquals(misses + 1, cacheGets("miss"));
        assertEquals(hits + 2, cacheGets("hit"));
    }

    @Test
    void aCachedTokenStillStopsWorkingWhenItExpires() throws InterruptedException {
        String token = Tokens.claims("cache-expiry", "expiring-partner", "partner").expiresIn(Duration.ofSeconds(3)).sign();
        assertEquals(200, roi(token));
        assertEquals(200, roi(token));
        Thread.sleep(4_000);
        assertEquals(401, roi(token));
    }

    @Test
    void aTokenChangedByOneCharacterIsVerifiedAfresh() {
        String token = Tokens.of("cache-tamper", "partner");
        assertEquals(200, roi(token));
        // A character in the middle of the signature: all six of its bits count (the last one's do not).
        int middle = token.lastIndexOf('.') + (token.length() - token.lastIndexOf('.')) / 2;
        char replacement = token.charAt(middle) == 'A' ? 'B' : 'A';
        String tampered = token.substring(0, middle) + replacement + token.substring(middle + 1);
        assertEquals(401, roi(tampered));
        assertEquals(200, roi(token));
    }

    @Test
    void lifetimeIsUntilExpiryAndNeverLongerThanTheMaximumAge() {
        Duration maxAge = Duration.ofSeconds(60);
        long now = 1_800_000_000_000L;
        assertEquals(Duration.ofSeconds(20).toNanos(), VerifiedTokenCache.lifetimeNanos(1_800_000_020L, now, maxAge));
        assertEquals(Duration.ofMillis(500).toNanos(), VerifiedTokenCache.lifetimeNanos(1_800_000_000L, now - 500, maxAge));
        assertEquals(maxAge.toNanos(), VerifiedTokenCache.lifetimeNanos(1_800_003_600L, now, maxAge));
        assertEquals(maxAge.toNanos(), VerifiedTokenCache.lifetimeNanos(Long.MAX_VALUE / 1000, now, maxAge));
        assertEquals(0, VerifiedTokenCache.lifetimeNanos(1_799_999_999L, now, maxAge));
    }
}
