package com.decisionchain.roi;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import com.decisionchain.support.Tokens;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.JsonConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.response.ValidatableResponse;

@QuarkusTest
class RoiRouteTest {

    @TestHTTPResource("/api/v1/roi")
    URI roi;

    private static final String TENANT = "roi-rest-" + UUID.randomUUID().toString().substring(0, 8);
    /** Numbers read back exactly, so 50.00 is compared as a decimal and not a double. */
    private static final RestAssuredConfig EXACT = RestAssuredConfig.config()
            .jsonConfig(JsonConfig.jsonConfig().numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL));
    private static final String ARTICLE = """
            {"currency": "CNY", "initialCost": 1000000, "annualBenefit": 300000, "years": 5}""";
    private static final String ARTICLE_DISCOUNTED = """
            {"currency": "CNY", "initialCost": 1000000, "annualBenefit": 300000, "years": 5, "discountRate": 0.08}""";

    /** A fresh client per call site keeps this class clear of the rate limit. */
    private static String token(String... roles) {
        return Tokens.claims(TENANT, "roi-" + UUID.randomUUID(), roles).sign();
    }

    private static ValidatableResponse post(String token, String body) {
        var request = given().config(EXACT).contentType(ContentType.JSON).body(body);
        if (token != null) {
            request = request.auth().oauth2(token);
        }
        return request.when().post("/api/v1/roi").then();
    }

    private static ValidatableResponse invalid(String body) {
        return post(token("partner"), body)
                .statusCode(400)
                .contentType("application/problem+json")
                .body("code", equalTo("VALIDATION_FAILED"))
                .body("status", equalTo(400))
                .body("instance", equalTo("/api/v1/roi"));
    }

    @Test
    void articleExampleGivesFiftyPercentAndFortyMonths() {
        String json = post(token("partner"), ARTICLE)
                .statusCode(200)
                .contentType(ContentType.JSON)
                .body("currency", equalTo("CNY"))
                .body("roiPercent", equalTo(new java.math.BigDecimal("50.00")))
                .body("totalBenefit", equalTo(new java.math.BigDecimal("1500000.00")))
                .body("totalCost", equalTo(new java.math.BigDecimal("1000000.00")))
                .body("netBenefit", equalTo(new java.math.BigDecimal("500000.00")))
                .body("npv", equalTo(new java.math.BigDecimal("500000.00")))
                .body("paybackMonths", equalTo(40))
                .body("years", hasSize(6))
                .body("years[0].cost", equalTo(new java.math.BigDecimal("1000000.00")))
                .body("years[3].cumulativeNet", equalTo(new java.math.BigDecimal("-100000.00")))
                .body("assumptions.paymentSchedule[0].month", equalTo(0))
                .extract().asString();
        // Money is a JSON number with exactly two decimals, never a string or an exponent.
        assertTrue(json.contains("\"roiPercent\":50.00,"), json);
        assertTrue(json.contains("\"totalCost\":1000000.00,"), json);
    }

    @Test
    void articleExampleDiscountedAtEightPercentHasNpvAndIrr() {
        String json = post(token("partner"), ARTICLE_DISCOUNTED)
                .statusCode(200)
                .body("roiPercent", equalTo(new java.math.BigDecimal("50.00")))
                .body("paybackMonths", equalTo(40))
                .body("npv", equalTo(new java.math.BigDecimal("197813.01")))
                .body("irrPercent", equalTo(new java.math.BigDecimal("15.24")))
                .body("irrNote", nullValue())
                .body("years[1].discountedNet", equalTo(new java.math.BigDecimal("277777.78")))
                .body("assumptions.discountRate", equalTo(new java.math.BigDecimal("0.08")))
                .extract().asString();
        assertTrue(json.contains("\"npv\":197813.01,"), json);
    }

    @Test
    void theDocumentedExampleIsTheRealAnswer() throws Exception {
        String served = post(token("viewer"), RoiApiDocs.ARTICLE_REQUEST).statusCode(200).extract().asString();
        // Decimal nodes compare with their scale: 50.00 in the docs must be 50.00 on the wire.
        ObjectMapper exact = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
        exact.setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));
        assertEquals(exact.readTree(RoiApiDocs.ARTICLE_RESPONSE), exact.readTree(served));
    }

    @Test
    void neverPaidBackAndNoIrrAreNull() {
        post(token("partner"), """
                {"currency": "EUR", "initialCost": 1000000, "annualBenefit": 100000, "years": 3,
                 "annualRecurringCost": 150000}""")
                .statusCode(200)
                .body("paybackMonths", nullValue())
                .body("irrPercent", nullValue())
                .body("irrNote", notNullValue());
    }

    @Test
    void sensitivityRampUpAndPhasedPayments() {
        post(token("partner"), """
                {"currency": "USD", "initialCost": 1000000, "annualBenefit": 300000, "years": 5,
                 "rampUp": [0.5], "paymentSchedule": [{"month": 0, "share": 0.5}, {"month": 18, "share": 0.5}],
                 "sensitivity": [-0.2, 0.2]}""")
                .statusCode(200)
                .body("sensitivity", hasSize(2))
                .body("sensitivity[0].benefitChange", equalTo(new java.math.BigDecimal("-0.2")))
                .body("years[2].cost", equalTo(new java.math.BigDecimal("500000.00")))
                .body("years[1].benefit", equalTo(new java.math.BigDecimal("150000.00")));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{\"currency\":\"CNY\",\"initialCost\":1000,\"annualBenefit\":300,\"years\":0}                  | years",
            "{\"currency\":\"CNY\",\"initialCost\":1000,\"annualBenefit\":300,\"years\":31}                 | years",
            "{\"currency\":\"CNY\",\"initialCost\":-1,\"annualBenefit\":300,\"years\":5}                    | initialCost",
            "{\"currency\":\"CNY\",\"initialCost\":1000,\"annualBenefit\":-300,\"years\":5}                 | annualBenefit",
            "{\"currency\":\"CNY\",\"initialCost\":1000,\"annualBenefit\":300,\"years\":5,\"annualRecurringCost\":-5} | annualRecurringCost",
            "{\"currency\":\"CNY\",\"initialCost\":\"lots\",\"annualBenefit\":300,\"years\":5}              | initialCost",
            "{\"currency\":\"CNY\",\"initialCost\":\"1000\",\"annualBenefit\":300,\"years\":5}              | initialCost",
            "{\"currency\":\"CNY\",\"initialCost\":1000,\"annualBenefit\":true,\"years\":5}                 | annualBenefit",
            "{\"currency\":\"CNY\",\"initialCost\":1000,\"annualBenefit\":300,\"years\":5.5}                | years",
            "{\"currency\":\"XYZ\",\"initialCost\":1000,\"annualBenefit\":300,\"years\":5}                  | currency",
            "{\"currency\":\"CNY\",\"initialCost\":1000,\"annualBenefit\":300,\"years\":5,\"paymentSchedule\":[{\"month\":0,\"share\":0.5},{\"month\":12,\"share\":0.4}]} | paymentSchedule",
            "{\"currency\":\"CNY\",\"initialCost\":1000,\"annualBenefit\":300,\"years\":5,\"paymentSchedule\":[{\"month\":0,\"share\":0.5},{\"month\":61,\"share\":0.5}]} | paymentSchedule[1].month",
            "{\"currency\":\"CNY\",\"initialCost\":1000,\"annualBenefit\":300,\"years\":5,\"paymentSchedule\":[{\"month\":0,\"share\":\"half\"}]} | paymentSchedule[0].share",
            "{\"currency\":\"CNY\",\"initialCost\":1000,\"annualBenefit\":300,\"years\":5,\"discountRate\":-1} | discountRate",
            "{\"currency\":\"CNY\",\"initialCost\":1000,\"annualBenefit\":300,\"years\":2,\"rampUp\":[0.2,0.5,0.8]} | rampUp",
            "{\"currency\":\"CNY\",\"initialCost\":1E+999999,\"annualBenefit\":300,\"years\":5}             | initialCost",
            "{\"currency\":\"CNY\",\"initialCost\":1000,\"annualBenefit\":300,\"years\":5,\"discountrate\":0.08} | discountrate",
            "{\"currency\":\"CNY\",\"initialCost\":1000,\"annualBenefit\":300,\"years\":5,\"years\":6}      | years",
    })
    void invalidMembersAreNamed(String body, String field) {
        invalid(body).body("errors.field", hasItem(field));
    }

    @Test
    void missingMembersAreEachNamed() {
        invalid("{\"annualBenefit\": 300}")
                .body("errors.field", hasItem("currency"))
                .body("errors.field", hasItem("initialCost"))
                .body("errors.field", hasItem("years"))
                .body("errors", hasSize(3))
                .body("errors[0].message", equalTo("is required"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "{\"currency\": \"CNY\",", "not json", "[1, 2]", "null", "{} {}", "" })
    void malformedJsonIsAValidationErrorOfTheBody(String body) {
        invalid(body).body("errors[0].field", equalTo("body"));
    }

    @Test
    void bodyOverTheLimitIs413() {
        String padding = " ".repeat(70_000);
        post(token("partner"), "{\"currency\": \"CNY\"," + padding + "\"initialCost\": 1, \"annualBenefit\": 1, \"years\": 1}")
                .statusCode(413)
                .contentType("application/problem+json")
                .body("code", equalTo("PAYLOAD_TOO_LARGE"))
                .body("errors[0].field", equalTo("body"));
    }

    /** The route also answers the path with one trailing slash, so the rule must hold there too. */
    @ParameterizedTest
    @ValueSource(strings = { "", "/" })
    void aBodyWithoutContentLengthIsRefusedBeforeItIsRead(String trailing) throws Exception {
        byte[] article = ARTICLE.getBytes(StandardCharsets.UTF_8);
        // An input-stream body of unknown length goes out chunked, with no Content-Length to bound it by.
        HttpRequest request = HttpRequest.newBuilder(URI.create(roi + trailing))
                .header("Authorization", "Bearer " + token("partner"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(article)))
                .build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        assertEquals(411, response.statusCode());
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElse(""));
        assertEquals("LENGTH_REQUIRED", new ObjectMapper().readTree(response.body()).get("code").asText());
    }

    @ParameterizedTest
    @ValueSource(strings = { "partner", "viewer", "rep", "manager", "admin" })
    void everyRoleButIntegratorMayCall(String role) {
        post(token(role), ARTICLE).statusCode(200).body("roiPercent", equalTo(new java.math.BigDecimal("50.00")));
    }

    @Test
    void integratorIsForbidden() {
        post(token("integrator"), ARTICLE)
                .statusCode(403)
                .contentType("application/problem+json")
                .body("code", equalTo("FORBIDDEN"));
    }

    @Test
    void noOrInvalidTokenIsUnauthenticated() {
        post(null, ARTICLE).statusCode(401).contentType("application/problem+json").body("code", equalTo("UNAUTHENTICATED"));
        post("not-a-token", ARTICLE).statusCode(401).contentType("application/problem+json")
                .body("code", equalTo("UNAUTHENTICATED"));
        String wrongAudience = Tokens.claims(TENANT, "roi-audience", "partner").audience("someone-else").sign();
        post(wrongAudience, ARTICLE).statusCode(401).body("code", equalTo("UNAUTHENTICATED"));
    }

    @Test
    void aTokenSeenBeforeGetsExactlyTheAnswersOfItsFirstRequest() {
        // The first request with a token is authenticated in full, later ones find it verified already.
        String partner = token("partner");
        for (String body : new String[] { ARTICLE_DISCOUNTED, "{\"currency\": \"XXY\", \"years\": 0}", "not json" }) {
            var first = given().contentType(ContentType.JSON).body(body).auth().oauth2(partner).post("/api/v1/roi");
            var again = given().contentType(ContentType.JSON).body(body).auth().oauth2(partner).post("/api/v1/roi");
            assertEquals(first.statusCode(), again.statusCode(), body);
            assertEquals(first.contentType(), again.contentType(), body);
            assertEquals(first.asString(), again.asString(), body);
        }
        String integrator = token("integrator");
        var first = given().contentType(ContentType.JSON).body(ARTICLE).auth().oauth2(integrator).post("/api/v1/roi");
        var again = given().contentType(ContentType.JSON).body(ARTICLE).auth().oauth2(integrator).post("/api/v1/roi");
        assertEquals(403, first.statusCode());
        assertEquals(first.asString(), again.asString());
    }

    @Test
    void aBodyNotDeclaredAsJsonIsAValidationErrorNamingTheContentType() {
        given().contentType(ContentType.TEXT).body(ARTICLE).auth().oauth2(token("partner")).post("/api/v1/roi")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("code", equalTo("VALIDATION_FAILED"))
                .body("errors[0].field", equalTo("Content-Type"));
        given().contentType("application/json; charset=UTF-8").body(ARTICLE).auth().oauth2(token("partner"))
                .post("/api/v1/roi").then().statusCode(200);
    }

    @Test
    void otherMethodsAre405WithAllow() {
        for (String method : List.of("GET", "PUT", "DELETE", "PATCH")) {
            given().auth().oauth2(token("partner")).request(method, "/api/v1/roi").then()
                    .statusCode(405)
                    .header("Allow", "POST")
                    .contentType("application/problem+json")
                    .body("code", equalTo("METHOD_NOT_ALLOWED"));
        }
        given().head("/api/v1/roi").then().statusCode(405).header("Allow", "POST");
    }

    @Test
    void aRejectedTokenIsAnsweredOnceAndLogsNoError() {
        List<LogRecord> errors = new CopyOnWriteArrayList<>();
        Handler collector = new Handler() {
            @Override
            public void publish(LogRecord entry) {
                if (entry.getLevel().intValue() >= Level.SEVERE.intValue()) {
                    errors.add(entry);
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger root = Logger.getLogger("");
        root.addHandler(collector);
        try {
            post("not-a-token", ARTICLE).statusCode(401).body("instance", equalTo("/api/v1/roi"));
            String wrongAudience = Tokens.claims(TENANT, "roi-audience-log", "partner").audience("someone-else").sign();
            post(wrongAudience, ARTICLE).statusCode(401).body("code", equalTo("UNAUTHENTICATED"));
        } finally {
            root.removeHandler(collector);
        }
        assertEquals(List.of(), errors.stream().map(LogRecord::getMessage).toList());
    }

    @Test
    void unauthenticatedAnswersChallengeForABearerToken() {
        post(null, ARTICLE).statusCode(401).header("WWW-Authenticate", "Bearer");
        post("not-a-token", ARTICLE).statusCode(401).header("WWW-Authenticate", "Bearer");
    }

    @Test
    void successfulAnswersCarryTheAllowance() {
        given().contentType(ContentType.JSON).body(ARTICLE).auth().oauth2(token("partner"))
                .when().post("/api/v1/roi")
                .then().statusCode(200)
                .header("X-RateLimit-Limit", "120")
                .header("X-RateLimit-Remaining", "119");
    }

    @Test
    void openApiDocumentsTheEndpointWithTheArticleExampleAndEveryError() {
        given().queryParam("format", "json").when().get("/q/openapi").then().statusCode(200)
                .body("paths.'/api/v1/roi'.post.summary", notNullValue())
                .body("paths.'/api/v1/roi'.post.description", org.hamcrest.Matchers.containsString("ceil(m/12)"))
                .body("paths.'/api/v1/roi'.post.requestBody.content.'application/json'.examples.article.value.initialCost",
                        equalTo(1000000))
                .body("paths.'/api/v1/roi'.post.responses.'200'.content.'application/json'.examples.article.value.paybackMonths",
                        equalTo(40))
                .body("paths.'/api/v1/roi'.post.responses.keySet()",
                        org.hamcrest.Matchers.hasItems("200", "400", "401", "403", "413", "429"))
                .body("paths.'/api/v1/roi'.post.responses.'429'.headers", org.hamcrest.Matchers.hasKey("Retry-After"))
                .body("paths.'/api/v1/roi'.post.responses.'400'.content", org.hamcrest.Matchers.hasKey("application/problem+json"));
    }
}
