package com.decisionchain.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.Test;

import com.decisionchain.support.Fixtures;
import com.decisionchain.support.GraphQL;
import com.decisionchain.support.Tokens;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** In production, introspection, the browser UIs and development tokens are off unless configured on. */
@QuarkusTest
@TestProfile(ProductionProfile.class)
class ProductionProfileTest {

    private static final String TOKEN = Tokens.of(Fixtures.newTenant(), "rep");

    @Test
    void introspectionIsOff() {
        GraphQL.post(TOKEN, "{ __schema { types { name } } }")
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("VALIDATION_FAILED"));
        GraphQL.post(TOKEN, "{ __type(name: \"Account\") { fields { name } } }")
                .body("errors[0].extensions.code", equalTo("VALIDATION_FAILED"));
        GraphQL.post(TOKEN, "{ me { tenantId } }").body("errors", nullValue());
    }

    @Test
    void browserUisAndDevelopmentTokensAreOff() {
        given().get("/q/graphql-ui/").then().statusCode(404);
        given().get("/q/swagger-ui/").then().statusCode(404);
        given().get("/dev/token?role=admin").then().statusCode(404);
    }
}
