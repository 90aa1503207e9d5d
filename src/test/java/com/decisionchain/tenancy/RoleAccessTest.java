package com.decisionchain.tenancy;

import static com.decisionchain.support.Fixtures.map;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.decisionchain.support.Fixtures;
import com.decisionchain.support.GraphQL;
import com.decisionchain.support.Tokens;

import io.quarkus.test.junit.QuarkusTest;

/** What each role may do, contact PII for viewers, and requests without a usable token. */
@QuarkusTest
class RoleAccessTest {

    private static final String TENANT = Fixtures.newTenant();
    private static final String REP = Tokens.of(TENANT, "rep");
    private static final String VIEWER = Tokens.of(TENANT, "viewer");

    private static String account;
    private static String manager;
    private static String person;
    private static String deal;
    private static String member;
    private static String relationship;
    private static String commitment;

    @BeforeEach
    void seed() {
        if (account != null) {
            return;
        }
        account = Fixtures.account(REP, "Roles Co");
        manager = Fixtures.stakeholder(REP, map("accountId", account, "fullName", "Manager Ma", "email", "ma@roles.example",
                "phone", "+1 555", "linkedinUrl", "https://linkedin.example/ma", "location", "Shanghai"));
        person = Fixtures.stakeholder(REP, map("accountId", account, "fullName", "Person Pi", "title", "Engineer",
                "email", "pi@roles.example", "phone", "+1 556", "linkedinUrl", "https://linkedin.example/pi",
                "location", "Shenzhen", "reportsToId", manager));
        deal = Fixtures.opportunity(REP, account, "Roles deal");
        member = Fixtures.assignRole(REP, deal, person, "USER");
        relationship = Fixtures.relationship(REP, "ALLY", person, manager, null);
        Fixtures.interaction(REP, map("opportunityId", deal, "channel", "EMAIL", "direction", "OUTBOUND",
                "occurredAt", "2026-02-01T00:00:00Z", "participants", List.of(map("stakeholderId", person))));
        commitment = Fixtures.commitment(REP, map("opportunityId", deal, "stakeholderId", person,
                "description", "Promise", "dueAt", "2026-03-01T00:00:00Z"));
    }

    private static final String PII = "fullName title email phone linkedinUrl location";
    private static final String EVERY_PATH = "query($s: ID!, $a: ID!, $o: ID!) { "
            + "stakeholder(id: $s) { " + PII + " reportsTo { " + PII + " } relationships { from { " + PII + " } to { " + PII + " } } } "
            + "stakeholders(filter: {accountId: $a}) { edges { node { " + PII + " } } } "
            + "account(id: $a) { stakeholders { edges { node { " + PII + " } } } } "
            + "opportunity(id: $o) { committee { stakeholder { " + PII + " } } commitments { stakeholder { " + PII + " } } "
            + "interactions { edges { node { participants { stakeholder { " + PII + " } } } } } } "
            + "mgr: stakeholder(id: $s) { reportsTo { directReports { " + PII + " } } } "
            + "stakeholderGraph(accountId: $a) { nodes { stakeholder { " + PII + " } } } }";

    @Test
    void viewerReadsWithoutContactDetailsWhereverAStakeholderAppears() {
        Map<String, Object> ids = map("s", person, "a", account, "o", deal);
        var rep = GraphQL.post(REP, EVERY_PATH, ids).body("errors", nullValue());
        var viewer = GraphQL.post(VIEWER, EVERY_PATH, ids).body("errors", nullValue());
        List<String> paths = List.of("data.stakeholder", "data.stakeholder.reportsTo",
                "data.stakeholder.relationships[0].from", "data.stakeholder.relationships[0].to",
                "data.stakeholders.edges[0].node", "data.stakeholders.edges[1].node",
                "data.account.stakeholders.edges[1].node", "data.opportunity.committee[0].stakeholder",
                "data.opportunity.commitments[0].stakeholder",
                "data.opportunity.interactions.edges[0].node.participants[0].stakeholder",
                "data.mgr.reportsTo.directReports[0]", "data.stakeholderGraph.nodes[1].stakeholder");
        for (String path : paths) {
            for (String field : List.of("email", "phone", "linkedinUrl", "location")) {
                rep.body(path + "." + field, notNullValue());
                viewer.body(path + "." + field, nullValue());
            }
            rep.body(path + ".fullName", notNullValue());
            viewer.body(path + ".fullName", notNullValue());
        }
        viewer.body("data.stakeholder.email", nullValue())
                .body("data.stakeholder.fullName", equalTo("Person Pi"))
                .body("data.stakeholder.title", equalTo("Engineer"));
        rep.body("data.stakeholder.email", equalTo("pi@roles.example"))
                .body("data.stakeholder.location", equalTo("Shenzhen"));
        // the viewer cannot find people by the contact details it may not read
        GraphQL.post(VIEWER, "query { stakeholders(filter: {search: \"pi@roles\"}) { totalCount } }")
                .body("errors", nullValue())
                .body("data.stakeholders.totalCount", equalTo(0));
        GraphQL.post(REP, "query { stakeholders(filter: {search: \"pi@roles\"}) { totalCount } }")
                .body("data.stakeholders.totalCount", equalTo(1));
    }

    private static List<String[]> mutations() {
        return List.of(
                new String[] { "createAccount", "mutation { createAccount(input: {name: \"X\"}) { id } }" },
                new String[] { "updateAccount", "mutation { updateAccount(id: \"" + account + "\", input: {name: \"X\"}) { id } }" },
                new String[] { "deleteAccount", "mutation { deleteAccount(id: \"" + account + "\") }" },
                new String[] { "createStakeholder", "mutation { createStakeholder(input: {accountId: \"" + account
                        + "\", fullName: \"X\"}) { id } }" },
                new String[] { "updateStakeholder", "mutation { updateStakeholder(id: \"" + person + "\", input: {title: \"X\"}) { id } }" },
                new String[] { "markStakeholderLeft", "mutation { markStakeholderLeft(id: \"" + person + "\") { id } }" },
                new String[] { "mergeStakeholders", "mutation { mergeStakeholders(survivorId: \"" + manager
                        + "\", duplicateId: \"" + person + "\") { id } }" },
                new String[] { "createOpportunity", "mutation { createOpportunity(input: {accountId: \"" + account
                        + "\", name: \"X\"}) { id } }" },
                new String[] { "updateOpportunity", "mutation { updateOpportunity(id: \"" + deal + "\", input: {stage: CLOSED_LOST}) { id } }" },
                new String[] { "reviewDecisionMap", "mutation { reviewDecisionMap(opportunityId: \"" + deal + "\") { id } }" },
                new String[] { "assignRole", "mutation { assignRole(input: {opportunityId: \"" + deal + "\", stakeholderId: \""
                        + manager + "\", role: \"BUYER\"}) { id } }" },
                new String[] { "updateRole", "mutation { updateRole(id: \"" + member + "\", input: {stance: BLOCKER}) { id } }" },
                new String[] { "endRole", "mutation { endRole(id: \"" + member + "\") { id } }" },
                new String[] { "addRelationship", "mutation { addRelationship(input: {type: CONFLICT, fromId: \"" + manager
                        + "\", toId: \"" + person + "\"}) { id } }" },
                new String[] { "removeRelationship", "mutation { removeRelationship(id: \"" + relationship + "\") }" },
                new String[] { "logInteraction", "mutation { logInteraction(input: {accountId: \"" + account
                        + "\", channel: EMAIL, direction: OUTBOUND, occurredAt: \"2026-02-02T00:00:00Z\", "
                        + "participants: [{stakeholderId: \"" + person + "\"}]}) { id } }" },
                new String[] { "addCommitment", "mutation { addCommitment(input: {opportunityId: \"" + deal
                        + "\", description: \"X\", dueAt: \"2026-03-01T00:00:00Z\"}) { id } }" },
                new String[] { "resolveCommitment", "mutation { resolveCommitment(id: \"" + commitment + "\", status: BROKEN) { id } }" });
    }

    private static List<String> queries() {
        return List.of("{ account(id: \"" + account + "\") { id } }", "{ accounts { totalCount } }",
                "{ opportunity(id: \"" + deal + "\") { id } }", "{ opportunities { totalCount } }",
                "{ stakeholder(id: \"" + person + "\") { id } }", "{ stakeholders { totalCount } }",
                "{ stakeholderGraph(accountId: \"" + account + "\") { nodes { roles } } }",
                "{ roleTaxonomy { key } }");
    }

    @Test
    void everyMutationIsForbiddenForViewerPartnerAndIntegrator() {
        for (String role : List.of("viewer", "partner", "integrator")) {
            String token = Tokens.of(TENANT, role);
            for (String[] mutation : mutations()) {
                GraphQL.post(token, mutation[1])
                        .statusCode(200)
                        .body("data", nullValue())
                        .body("errors", hasSize(1))
                        .body("errors[0].extensions.code", equalTo("FORBIDDEN"))
                        .body("errors[0].path[0]", equalTo(mutation[0]));
            }
        }
        // nothing changed
        GraphQL.post(REP, "query($a: ID!, $s: ID!, $o: ID!) { accounts { totalCount } account(id: $a) { name version } "
                + "stakeholder(id: $s) { title status version relationships { id } committeeMemberships { id } } "
                + "stakeholders { totalCount } opportunities { totalCount } "
                + "opportunity(id: $o) { stage mapReviewedAt interactions { totalCount } commitments { status } } }",
                map("a", account, "s", person, "o", deal))
                .body("errors", nullValue())
                .body("data.accounts.totalCount", equalTo(1))
                .body("data.account.name", equalTo("Roles Co"))
                .body("data.account.version", equalTo(0))
                .body("data.stakeholder.title", equalTo("Engineer"))
                .body("data.stakeholder.status", equalTo("ACTIVE"))
                .body("data.stakeholder.version", equalTo(0))
                .body("data.stakeholder.relationships.id", contains(relationship))
                .body("data.stakeholder.committeeMemberships.id", contains(member))
                .body("data.stakeholders.totalCount", equalTo(2))
                .body("data.opportunities.totalCount", equalTo(1))
                .body("data.opportunity.stage", equalTo("PROSPECTING"))
                .body("data.opportunity.mapReviewedAt", nullValue())
                .body("data.opportunity.interactions.totalCount", equalTo(1))
                .body("data.opportunity.commitments.status", contains("OPEN"));
    }

    @Test
    void partnerIntegratorAndRolelessTokensCannotQueryTheDomain() {
        for (String token : List.of(Tokens.of(TENANT, "partner"), Tokens.of(TENANT, "integrator"), Tokens.of(TENANT),
                Tokens.of(TENANT, "superuser"))) {
            for (String query : queries()) {
                GraphQL.post(token, query)
                        .statusCode(200)
                        .body("errors", hasSize(1))
                        .body("errors[0].extensions.code", equalTo("FORBIDDEN"))
                        .body(not(containsString("Roles Co")));
            }
        }
        // the same answer for an id that does not exist: no existence leak
        GraphQL.post(Tokens.of(TENANT, "partner"), "{ account(id: \"" + Fixtures.randomId() + "\") { id } }")
                .body("errors[0].extensions.code", equalTo("FORBIDDEN"));
        // every reading role may query
        for (String role : List.of("viewer", "rep", "manager", "admin")) {
            GraphQL.post(Tokens.of(TENANT, role), "{ accounts { totalCount } roleTaxonomy { key } }")
                    .body("errors", nullValue())
                    .body("data.accounts.totalCount", equalTo(1));
        }
    }

    private static org.hamcrest.Matcher<String> containsString(String text) {
        return org.hamcrest.Matchers.containsString(text);
    }

    private static <T> org.hamcrest.Matcher<T> not(org.hamcrest.Matcher<T> matcher) {
        return org.hamcrest.Matchers.not(matcher);
    }

    @Test
    void meAnswersForEveryRole() {
        for (String role : List.of("viewer", "rep", "manager", "admin", "integrator", "partner")) {
            var token = Tokens.claims(TENANT, "subject-" + role, role, "not-a-product-role").sign();
            GraphQL.post(token, "{ me { tenantId subject roles } }")
                    .body("errors", nullValue())
                    .body("data.me.tenantId", equalTo(TENANT))
                    .body("data.me.subject", equalTo("subject-" + role))
                    .body("data.me.roles", contains(role));
        }
        GraphQL.post(Tokens.claims(TENANT, "many", "rep", "admin").sign(), "{ me { roles } }")
                .body("data.me.roles", contains("admin", "rep"));
        GraphQL.post(Tokens.of(TENANT), "{ me { roles } }")
                .body("errors", nullValue())
                .body("data.me.roles", empty());
    }

    private static final List<String> DOCUMENTS = List.of("{ me { tenantId } }", "{ accounts { totalCount } }",
            "{ roleTaxonomy { key } }", "mutation { createAccount(input: {name: \"Anonymous\"}) { id } }");

    @Test
    void noTokenIsUnauthenticated() {
        List<String> tokens = new java.util.ArrayList<>();
        tokens.add(null);
        for (String token : tokens) {
            for (String document : DOCUMENTS) {
                GraphQL.post(token, document)
                        .statusCode(200)
                        .body("data", nullValue())
                        .body("errors", hasSize(1))
                        .body("errors[0].extensions.code", equalTo("UNAUTHENTICATED"));
            }
        }
        GraphQL.post(null, "{ account(id: \"" + account + "\") { name } }")
                .body("data.account", nullValue())
                .body("errors[0].extensions.code", equalTo("UNAUTHENTICATED"));
    }

    /** A token without a usable tenant, or one that fails verification, is refused: HTTP 401 with UNAUTHENTICATED. */
    @Test
    void tokensWithoutTenantOrInvalidAreRefused() {
        List<String> tokens = List.of(
                Tokens.claims(null, "no-tenant", "admin").sign(),
                Tokens.claims("bad tenant!", "bad-tenant", "admin").sign(),
                Tokens.claims("", "empty-tenant", "admin").sign(),
                Tokens.claims(TENANT, "expired", "admin").expiresAt(java.time.Instant.now().minusSeconds(3600)).sign(),
                Tokens.claims(TENANT, "wrong-audience", "admin").audience("someone-else").sign(),
                Tokens.claims(TENANT, "wrong-issuer", "admin").issuer("https://evil.example").sign(),
                "not.a.jwt");
        for (String token : tokens) {
            for (String document : DOCUMENTS) {
                var response = io.restassured.RestAssured.given().contentType("application/json")
                        .body(Map.of("query", document)).auth().oauth2(token)
                        .post("/graphql").then().extract();
                String body = response.asString();
                org.hamcrest.MatcherAssert.assertThat(body, not(containsString("Exception")));
                org.hamcrest.MatcherAssert.assertThat(body, not(containsString("Roles Co")));
                org.junit.jupiter.api.Assertions.assertEquals(401, response.statusCode(), body);
                org.junit.jupiter.api.Assertions.assertEquals("UNAUTHENTICATED",
                        response.path("errors[0].extensions.code"), body);
                org.junit.jupiter.api.Assertions.assertNull(response.path("data"), body);
            }
        }
        GraphQL.post(REP, "{ accounts { totalCount edges { node { name } } } }")
                .body("data.accounts.edges.node.name", everyItem(equalTo("Roles Co")));
    }
}
