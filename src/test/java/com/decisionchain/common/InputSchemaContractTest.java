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

/**
 * Optional list members of inputs are optional in the served schema, as API.md declares them
 * ({@code [X!]}, not {@code [X!]!}), so clients may omit them.
 */
@QuarkusTest
class InputSchemaContractTest {

    @Test
    void optionalInputListsAreNullableInTheServedSchema() {
        String sdl = given().get("/graphql/schema.graphql").then().statusCode(200).extract().asString();
        Map<String, List<String>> optionalLists = Map.of(
                "AccountInput", List.of("externalIds: [ExternalIdInput!]"),
                "AssignRoleInput", List.of("painPoints: [String!]", "priorities: [String!]"),
                "RolePatch", List.of("painPoints: [String!]", "priorities: [String!]"),
                "InteractionInput", List.of("assets: [ValueAsset!]"));
        optionalLists.forEach((input, fields) -> {
            int start = sdl.indexOf("input " + input + " {");
            String block = sdl.substring(start, sdl.indexOf("}", start));
            for (String field : fields) {
                org.hamcrest.MatcherAssert.assertThat(input, block, containsString(field + "\n"));
            }
        });
        // required members stay required
        org.hamcrest.MatcherAssert.assertThat(sdl, containsString("participants: [ParticipantInput!]!"));
    }

    @Test
    void inputsWithoutTheOptionalListsAreAccepted() {
        String token = Tokens.of(Fixtures.newTenant(), "rep");
        String account = GraphQL.post(token, "mutation { createAccount(input: {name: \"No ids\"}) { id externalIds { value } } }")
                .body("errors", nullValue())
                .body("data.createAccount.externalIds", equalTo(List.of()))
                .extract().path("data.createAccount.id");
        String person = Fixtures.stakeholder(token, account, "Someone");
        String deal = Fixtures.opportunity(token, account, "Deal");
        String member = GraphQL.post(token, "mutation($o: ID!, $s: ID!) { assignRole(input: {opportunityId: $o, "
                + "stakeholderId: $s, role: \"USER\"}) { id painPoints priorities } }", Map.of("o", deal, "s", person))
                .body("errors", nullValue())
                .body("data.assignRole.painPoints", equalTo(List.of()))
                .extract().path("data.assignRole.id");
        GraphQL.post(token, "mutation($id: ID!) { updateRole(id: $id, input: {stance: CHAMPION}) { stance painPoints } }",
                Map.of("id", member))
                .body("errors", nullValue())
                .body("data.updateRole.stance", equalTo("CHAMPION"));
        GraphQL.post(token, "mutation($a: ID, $s: ID!) { logInteraction(input: {accountId: $a, channel: EMAIL, "
                + "direction: OUTBOUND, occurredAt: \"2026-01-01T00:00:00Z\", participants: [{stakeholderId: $s}]}) "
                + "{ assets } }", Map.of("a", account, "s", person))
                .body("errors", nullValue())
                .body("data.logInteraction.assets", equalTo(List.of()));
        // explicit null is fine too
        GraphQL.post(token, "mutation { createAccount(input: {name: \"Null ids\", externalIds: null}) { id } }")
                .body("errors", nullValue());
    }
}
