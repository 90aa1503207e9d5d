package com.decisionchain.account;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.Test;

import com.decisionchain.support.GraphQL;
import com.decisionchain.support.Tokens;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class AccountGraphQLTest {

    @Test
    void createsAndReadsAnAccount() {
        String token = Tokens.of("acme", "rep");
        String id = GraphQL.post(token, "mutation { createAccount(input: {name: \"E-Shop Inc.\", employeeCount: 1200, "
                + "externalIds: [{system: \"crm\", value: \"42\"}]}) { id name sizeBand version externalIds { system value } } }")
                .statusCode(200)
                .body("errors", nullValue())
                .body("data.createAccount.sizeBand", equalTo("LARGE"))
                .body("data.createAccount.externalIds[0].system", equalTo("CRM"))
                .extract().path("data.createAccount.id");
        GraphQL.post(token, "{ account(id: \"" + id + "\") { name } }")
                .body("data.account.name", equalTo("E-Shop Inc."));
    }

    @Test
    void unauthenticatedGraphQLSaysSo() {
        GraphQL.post(null, "{ accounts { totalCount } }")
                .statusCode(200)
                .body("errors[0].extensions.code", equalTo("UNAUTHENTICATED"));
    }

    @Test
    void validationErrorsHaveCodes() {
        String token = Tokens.of("acme", "rep");
        GraphQL.post(token, "{ accounts { nope } }").body("errors[0].extensions.code", equalTo("VALIDATION_FAILED"));
        GraphQL.post(token, "mutation { createAccount(input: {name: \"\"}) { id } }")
                .body("errors[0].extensions.code", equalTo("VALIDATION_FAILED"))
                .body("errors[0].message", notNullValue());
    }
}
