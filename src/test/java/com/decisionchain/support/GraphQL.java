package com.decisionchain.support;

import static io.restassured.RestAssured.given;

import java.util.Map;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/** Sends GraphQL documents over real HTTP with a bearer token. */
public final class GraphQL {

    private GraphQL() {
    }

    public static ValidatableResponse post(String token, String query) {
        return post(token, query, Map.of());
    }

    public static ValidatableResponse post(String token, String query, Map<String, Object> variables) {
        var request = given().contentType(ContentType.JSON).body(Map.of("query", query, "variables", variables));
        if (token != null) {
            request = request.auth().oauth2(token);
        }
        return request.when().post("/graphql").then();
    }
}
