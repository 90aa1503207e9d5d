package com.decisionchain.support;

import static org.hamcrest.Matchers.nullValue;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import io.restassured.response.ValidatableResponse;

/** Creates domain objects through the public GraphQL API, failing fast when a setup step fails. */
public final class Fixtures {

    private Fixtures() {
    }

    /** A tenant name no other test class uses, so lists only see this class's rows. */
    public static String newTenant() {
        return "t" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    public static String randomId() {
        return UUID.randomUUID().toString();
    }

    public static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> map = new HashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    /** Runs a mutation or query that must succeed and returns the value at {@code path}. */
    public static <T> T ok(String token, String query, Map<String, Object> variables, String path) {
        ValidatableResponse response = GraphQL.post(token, query, variables).statusCode(200).body("errors", nullValue());
        return response.extract().path(path);
    }

    public static String account(String token, String name) {
        return account(token, map("name", name));
    }

    public static String account(String token, Map<String, Object> input) {
        return ok(token, "mutation($input: AccountInput!) { createAccount(input: $input) { id } }", map("input", input),
                "data.createAccount.id");
    }

    public static String stakeholder(String token, String accountId, String fullName) {
        return stakeholder(token, map("accountId", accountId, "fullName", fullName));
    }

    public static String stakeholder(String token, Map<String, Object> input) {
        return ok(token, "mutation($input: StakeholderInput!) { createStakeholder(input: $input) { id } }",
                map("input", input), "data.createStakeholder.id");
    }

    public static String opportunity(String token, String accountId, String name) {
        return opportunity(token, map("accountId", accountId, "name", name));
    }

    public static String opportunity(String token, Map<String, Object> input) {
        return ok(token, "mutation($input: OpportunityInput!) { createOpportunity(input: $input) { id } }",
                map("input", input), "data.createOpportunity.id");
    }

    public static String assignRole(String token, String opportunityId, String stakeholderId, String role) {
        return assignRole(token, map("opportunityId", opportunityId, "stakeholderId", stakeholderId, "role", role));
    }

    public static String assignRole(String token, Map<String, Object> input) {
        return ok(token, "mutation($input: AssignRoleInput!) { assignRole(input: $input) { id } }", map("input", input),
                "data.assignRole.id");
    }

    public static String relationship(String token, String type, String fromId, String toId, Integer weight) {
        Map<String, Object> input = map("type", type, "fromId", fromId, "toId", toId);
        if (weight != null) {
            input.put("weight", weight);
        }
        return ok(token, "mutation($input: RelationshipInput!) { addRelationship(input: $input) { id } }",
                map("input", input), "data.addRelationship.id");
    }

    public static String interaction(String token, Map<String, Object> input) {
        return ok(token, "mutation($input: InteractionInput!) { logInteraction(input: $input) { id } }",
                map("input", input), "data.logInteraction.id");
    }

    public static String commitment(String token, Map<String, Object> input) {
        return ok(token, "mutation($input: CommitmentInput!) { addCommitment(input: $input) { id } }",
                map("input", input), "data.addCommitment.id");
    }
}
