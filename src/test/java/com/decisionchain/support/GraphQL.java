package com.decisionchain.support;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import java.util.Map;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/**
 * Sends GraphQL documents over real HTTP with a bearer token. Every answer is checked for what must
 * never leave the service: a stack trace, an exception class name or an INTERNAL error.
 */
public final class GraphQL {

    private GraphQL() {
    }

    public static ValidatableResponse post(String token, String query) {
        return post(token, query, Map.of());
    }

    public static ValidatableResponse post(String token, String query, Map<String, Object> variables) {
        return postRaw(token, Map.of("query", query, "variables", variables));
    }

    /** Posts any JSON body (e.g. a document with a wrong shape) and applies the same leak checks. */
    public static ValidatableResponse postRaw(String token, Object body) {
        var request = given().contentType(ContentType.JSON).body(body);
        if (token != null) {
            request = request.auth().oauth2(token);
        }
        return request.when().post("/graphql").then()
                .body(not(containsString("Exception")))
                .body(not(containsString("at com.")))
                .body(not(containsString("\"INTERNAL\"")));
    }
}
