package com.decisionchain.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.decisionchain.support.Fixtures;
import com.decisionchain.support.GraphQL;
import com.decisionchain.support.Tokens;

import io.quarkus.test.junit.QuarkusTest;

/** Hostile GraphQL documents are refused with VALIDATION_FAILED before they cost anything. */
@QuarkusTest
class GraphQLLimitsTest {

    private static final String TOKEN = Tokens.of(Fixtures.newTenant(), "rep");

    @Test
    void fiveHundredAliasesExceedTheComplexityLimit() {
        StringBuilder query = new StringBuilder("{");
        for (int i = 0; i < 500; i++) {
            query.append(" a").append(i).append(": me { tenantId roles }");
        }
        GraphQL.post(TOKEN, query + " }")
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("VALIDATION_FAILED"));
        GraphQL.post(TOKEN, "{ a: me { tenantId } b: me { tenantId } }").body("errors", nullValue());
    }

    @Test
    void deepQueriesExceedTheDepthLimit() {
        String deep = "{ accounts { edges { node { stakeholders { edges { node { reportsTo { reportsTo { reportsTo "
                + "{ reportsTo { reportsTo { reportsTo { fullName } } } } } } } } } } } } }";
        GraphQL.post(TOKEN, deep)
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("VALIDATION_FAILED"));
    }

    @Test
    void documentsOverTheParserTokenLimitAreRefused() {
        String huge = "{ me { " + "tenantId ".repeat(16_000) + "} }";
        GraphQL.post(TOKEN, huge)
                .body("errors[0].extensions.code", equalTo("VALIDATION_FAILED"))
                .body("errors[0].message", containsString("too large"));
    }

    @Test
    void pageSizeIsCapped() {
        String account = Fixtures.account(TOKEN, "Cap Co");
        for (int i = 0; i < 3; i++) {
            Fixtures.stakeholder(TOKEN, account, "Person " + i);
        }
        GraphQL.post(TOKEN, "{ stakeholders(first: 1000000) { totalCount edges { cursor } pageInfo { hasNextPage } } }")
                .body("errors", nullValue())
                .body("data.stakeholders.totalCount", equalTo(3));
        GraphQL.post(TOKEN, "{ stakeholders(first: 2) { edges { cursor } pageInfo { hasNextPage } } }")
                .body("data.stakeholders.edges.size()", equalTo(2))
                .body("data.stakeholders.pageInfo.hasNextPage", equalTo(true));
    }

    @Test
    void aBatchOfOperationsInOneRequestIsRefused() {
        Map<String, String> operation = Map.of("query", "{ me { tenantId } }");
        String body = given().contentType("application/json").auth().oauth2(TOKEN)
                .body(List.of(operation, operation, operation)).post("/graphql")
                .then().statusCode(200)
                .body("errors[0].extensions.code", equalTo("VALIDATION_FAILED"))
                .extract().asString();
        org.hamcrest.MatcherAssert.assertThat(body, not(containsString("tenantId\":")));
    }

    @Test
    void aMisspelledFieldDoesNotEchoTheSchema() {
        GraphQL.post(TOKEN, "{ acounts { totalCount } }")
                .body("errors[0].extensions.code", equalTo("VALIDATION_FAILED"))
                .body("errors[0].message", not(containsString("accounts")))
                .body("errors[0].message", not(containsString("Query")));
    }
}
