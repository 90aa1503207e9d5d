package com.decisionchain.tenancy;

import static com.decisionchain.support.Fixtures.map;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.decisionchain.support.Fixtures;
import com.decisionchain.support.GraphQL;
import com.decisionchain.support.Tokens;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Tenant B can neither see nor change tenant A's objects: every id of A answers exactly like an id
 * that does not exist, and no list of B shows A's rows.
 */
@QuarkusTest
class TenantIsolationTest {

    private static final String A = Tokens.of(Fixtures.newTenant(), "admin");
    private static final String B = Tokens.of(Fixtures.newTenant(), "admin");

    private static String accountA;
    private static String stakeholderA;
    private static String otherStakeholderA;
    private static String personA;
    private static String opportunityA;
    private static String memberA;
    private static String relationshipA;
    private static String commitmentA;
    private static String accountB;
    private static String stakeholderB;
    private static String opportunityB;

    @BeforeEach
    void createBothTenants() {
        if (accountA != null) {
            return;
        }
        accountA = Fixtures.account(A, map("name", "Secret A Corp", "ownerId", "shared-owner"));
        stakeholderA = Fixtures.stakeholder(A, map("accountId", accountA, "fullName", "Secret Alice",
                "email", "alice@a.example"));
        otherStakeholderA = Fixtures.stakeholder(A, accountA, "Secret Aaron");
        personA = Fixtures.ok(A, "query($id: ID!) { stakeholder(id: $id) { personId } }", map("id", stakeholderA),
                "data.stakeholder.personId");
        opportunityA = Fixtures.opportunity(A, map("accountId", accountA, "name", "Secret A deal", "ownerId", "shared-owner"));
        memberA = Fixtures.assignRole(A, opportunityA, stakeholderA, "DECISION_MAKER");
        relationshipA = Fixtures.relationship(A, "ALLY", stakeholderA, otherStakeholderA, null);
        Fixtures.interaction(A, map("opportunityId", opportunityA, "channel", "EMAIL", "direction", "OUTBOUND",
                "occurredAt", "2026-02-01T00:00:00Z", "participants", List.of(map("stakeholderId", stakeholderA))));
        commitmentA = Fixtures.commitment(A, map("opportunityId", opportunityA, "stakeholderId", stakeholderA,
                "description", "Secret promise", "dueAt", "2026-03-01T00:00:00Z"));

        accountB = Fixtures.account(B, map("name", "B Corp", "ownerId", "shared-owner"));
        stakeholderB = Fixtures.stakeholder(B, accountB, "Bob B");
        opportunityB = Fixtures.opportunity(B, map("accountId", accountB, "name", "B deal", "ownerId", "shared-owner"));
        Fixtures.assignRole(B, opportunityB, stakeholderB, "DECISION_MAKER");
    }

    /** Sends the document as B twice, once with A's ids and once with fresh random ids, and compares the answers. */
    private static String assertLikeUnknown(String document, Map<String, Object> variablesWithIdsOfA) {
        Map<String, Object> random = new LinkedHashMap<>();
        Map<String, String> replacements = new LinkedHashMap<>();
        variablesWithIdsOfA.forEach((key, value) -> {
            if (value instanceof String id && isIdOfA(id)) {
                String fresh = Fixtures.randomId();
                random.put(key, fresh);
                replacements.put(id, "<" + key + ">");
                replacements.put(fresh, "<" + key + ">");
            } else {
                random.put(key, value);
            }
        });
        String withA = GraphQL.post(B, document, variablesWithIdsOfA).statusCode(200)
                .body("errors[0].extensions.code", equalTo("NOT_FOUND"))
                .body("errors", hasSize(1))
                .extract().asString();
        String withRandom = GraphQL.post(B, document, random).statusCode(200).extract().asString();
        for (Map.Entry<String, String> replacement : replacements.entrySet()) {
            withA = withA.replace(replacement.getKey(), replacement.getValue());
            withRandom = withRandom.replace(replacement.getKey(), replacement.getValue());
        }
        assertEquals(withRandom, withA, document);
        return withA;
    }

    private static boolean isIdOfA(String id) {
        return List.of(accountA, stakeholderA, otherStakeholderA, personA, opportunityA, memberA, relationshipA, commitmentA)
                .contains(id);
    }

    @Test
    void rootQueriesByIdAnswerNotFound() {
        assertLikeUnknown("query($id: ID!) { account(id: $id) { id name } }", map("id", accountA));
        assertLikeUnknown("query($id: ID!) { opportunity(id: $id) { id name } }", map("id", opportunityA));
        assertLikeUnknown("query($id: ID!) { stakeholder(id: $id) { id fullName email } }", map("id", stakeholderA));
        assertLikeUnknown("query($id: ID) { stakeholderGraph(accountId: $id) { nodes { stakeholder { id } } } }",
                map("id", accountA));
        assertLikeUnknown("query($id: ID) { stakeholderGraph(opportunityId: $id) { nodes { stakeholder { id } } } }",
                map("id", opportunityA));
        String body = assertLikeUnknown("query($id: ID!) { account(id: $id) { id } }", map("id", accountA));
        org.hamcrest.MatcherAssert.assertThat(body, containsString("\"data\":{\"account\":null}"));
    }

    @Test
    void mutationsOnAnotherTenantsIdsAnswerNotFoundAndChangeNothing() {
        List<Object[]> cases = List.of(
                new Object[] { "mutation($id: ID!) { updateAccount(id: $id, input: {name: \"Hijacked\"}) { id } }",
                        map("id", accountA) },
                new Object[] { "mutation($id: ID!) { updateAccount(id: $id, input: {name: \"Hijacked\"}, expectedVersion: 0) { id } }",
                        map("id", accountA) },
                new Object[] { "mutation($id: ID!) { deleteAccount(id: $id) }", map("id", accountA) },
                new Object[] { "mutation($id: ID!) { updateStakeholder(id: $id, input: {title: \"Hijacked\"}) { id } }",
                        map("id", stakeholderA) },
                new Object[] { "mutation($id: ID!) { markStakeholderLeft(id: $id) { id } }", map("id", stakeholderA) },
                new Object[] { "mutation($s: ID!, $d: ID!) { mergeStakeholders(survivorId: $s, duplicateId: $d) { id } }",
                        map("s", stakeholderB, "d", stakeholderA) },
                new Object[] { "mutation($s: ID!, $d: ID!) { mergeStakeholders(survivorId: $s, duplicateId: $d) { id } }",
                        map("s", stakeholderA, "d", stakeholderB) },
                new Object[] { "mutation($id: ID!) { updateOpportunity(id: $id, input: {stage: CLOSED_LOST}) { id } }",
                        map("id", opportunityA) },
                new Object[] { "mutation($id: ID!) { reviewDecisionMap(opportunityId: $id) { id } }", map("id", opportunityA) },
                new Object[] { "mutation($o: ID!, $s: ID!) { assignRole(input: {opportunityId: $o, stakeholderId: $s, "
                        + "role: \"USER\"}) { id } }", map("o", opportunityA, "s", stakeholderA) },
                new Object[] { "mutation($o: ID!, $s: ID!) { assignRole(input: {opportunityId: $o, stakeholderId: $s, "
                        + "role: \"USER\"}) { id } }", map("o", opportunityB, "s", stakeholderA) },
                new Object[] { "mutation($o: ID!, $s: ID!) { assignRole(input: {opportunityId: $o, stakeholderId: $s, "
                        + "role: \"USER\"}) { id } }", map("o", opportunityA, "s", stakeholderB) },
                new Object[] { "mutation($id: ID!) { updateRole(id: $id, input: {stance: BLOCKER}) { id } }", map("id", memberA) },
                new Object[] { "mutation($id: ID!) { endRole(id: $id) { id } }", map("id", memberA) },
                new Object[] { "mutation($f: ID!, $t: ID!) { addRelationship(input: {type: ALLY, fromId: $f, toId: $t}) { id } }",
                        map("f", stakeholderB, "t", stakeholderA) },
                new Object[] { "mutation($f: ID!, $t: ID!) { addRelationship(input: {type: ALLY, fromId: $f, toId: $t}) { id } }",
                        map("f", stakeholderA, "t", stakeholderB) },
                new Object[] { "mutation($id: ID!) { removeRelationship(id: $id) }", map("id", relationshipA) },
                new Object[] { "mutation($o: ID, $s: ID!) { logInteraction(input: {opportunityId: $o, channel: EMAIL, "
                        + "direction: OUTBOUND, occurredAt: \"2026-02-02T00:00:00Z\", participants: [{stakeholderId: $s}]}) { id } }",
                        map("o", opportunityA, "s", stakeholderB) },
                new Object[] { "mutation($a: ID, $s: ID!) { logInteraction(input: {accountId: $a, channel: EMAIL, "
                        + "direction: OUTBOUND, occurredAt: \"2026-02-02T00:00:00Z\", participants: [{stakeholderId: $s}]}) { id } }",
                        map("a", accountA, "s", stakeholderB) },
                new Object[] { "mutation($a: ID, $s: ID!) { logInteraction(input: {accountId: $a, channel: EMAIL, "
                        + "direction: OUTBOUND, occurredAt: \"2026-02-02T00:00:00Z\", participants: [{stakeholderId: $s}]}) { id } }",
                        map("a", accountB, "s", stakeholderA) },
                new Object[] { "mutation($o: ID) { addCommitment(input: {opportunityId: $o, description: \"x\", "
                        + "dueAt: \"2026-03-01T00:00:00Z\"}) { id } }", map("o", opportunityA) },
                new Object[] { "mutation($s: ID) { addCommitment(input: {stakeholderId: $s, description: \"x\", "
                        + "dueAt: \"2026-03-01T00:00:00Z\"}) { id } }", map("s", stakeholderA) },
                new Object[] { "mutation($id: ID!) { resolveCommitment(id: $id, status: BROKEN) { id } }", map("id", commitmentA) },
                new Object[] { "mutation($a: ID!) { createStakeholder(input: {accountId: $a, fullName: \"Spy\"}) { id } }",
                        map("a", accountA) },
                new Object[] { "mutation($a: ID!, $m: ID) { createStakeholder(input: {accountId: $a, fullName: \"Spy\", "
                        + "reportsToId: $m}) { id } }", map("a", accountB, "m", stakeholderA) },
                new Object[] { "mutation($a: ID!, $p: ID) { createStakeholder(input: {accountId: $a, fullName: \"Spy\", "
                        + "personId: $p}) { id } }", map("a", accountB, "p", personA) },
                new Object[] { "mutation($id: ID!, $m: ID) { updateStakeholder(id: $id, input: {reportsToId: $m}) { id } }",
                        map("id", stakeholderB, "m", stakeholderA) },
                new Object[] { "mutation($a: ID!) { createOpportunity(input: {accountId: $a, name: \"Spy deal\"}) { id } }",
                        map("a", accountA) });
        for (Object[] testCase : cases) {
            @SuppressWarnings("unchecked")
            Map<String, Object> variables = (Map<String, Object>) testCase[1];
            String body = assertLikeUnknown((String) testCase[0], variables);
            org.hamcrest.MatcherAssert.assertThat((String) testCase[0], body, containsString("\"data\":null"));
        }

        // A's objects are exactly as before
        GraphQL.post(A, "query($a: ID!, $s: ID!, $o: ID!) { account(id: $a) { name version } "
                + "stakeholder(id: $s) { title status version relationships { id } committeeMemberships { id stance } "
                + "interactions { totalCount } } "
                + "opportunity(id: $o) { stage version mapReviewedAt committee { id } commitments { id status } } "
                + "stakeholders(filter: {accountId: $a}) { totalCount } opportunities(filter: {accountId: $a}) { totalCount } }",
                map("a", accountA, "s", stakeholderA, "o", opportunityA))
                .body("errors", nullValue())
                .body("data.account.name", equalTo("Secret A Corp"))
                .body("data.account.version", equalTo(0))
                .body("data.stakeholder.title", nullValue())
                .body("data.stakeholder.status", equalTo("ACTIVE"))
                .body("data.stakeholder.version", equalTo(0))
                .body("data.stakeholder.relationships.id", contains(relationshipA))
                .body("data.stakeholder.committeeMemberships.id", contains(memberA))
                .body("data.stakeholder.committeeMemberships.stance", contains("UNKNOWN"))
                .body("data.stakeholder.interactions.totalCount", equalTo(1))
                .body("data.opportunity.stage", equalTo("PROSPECTING"))
                .body("data.opportunity.version", equalTo(0))
                .body("data.opportunity.mapReviewedAt", nullValue())
                .body("data.opportunity.committee.id", contains(memberA))
                .body("data.opportunity.commitments.id", contains(commitmentA))
                .body("data.opportunity.commitments.status", contains("OPEN"))
                .body("data.stakeholders.totalCount", equalTo(2))
                .body("data.opportunities.totalCount", equalTo(1));
    }

    @Test
    void listsOfBShowOnlyBsRows() {
        GraphQL.post(B, "query { accounts { totalCount edges { node { id } } } "
                + "stakeholders { totalCount edges { node { id } } } "
                + "opportunities { totalCount edges { node { id } } } "
                + "sameOwner: accounts(filter: {ownerId: \"shared-owner\"}) { totalCount edges { node { id } } } "
                + "searched: stakeholders(filter: {search: \"Secret\"}) { totalCount } "
                + "searchedAccounts: accounts(filter: {search: \"Secret\"}) { totalCount } "
                + "byRole: stakeholders(filter: {role: \"DECISION_MAKER\"}) { totalCount edges { node { id } } } "
                + "ownedDeals: opportunities(filter: {ownerId: \"shared-owner\"}) { totalCount edges { node { id } } } }")
                .body("errors", nullValue())
                .body("data.accounts.totalCount", equalTo(1))
                .body("data.accounts.edges.node.id", contains(accountB))
                .body("data.stakeholders.totalCount", equalTo(1))
                .body("data.stakeholders.edges.node.id", contains(stakeholderB))
                .body("data.opportunities.totalCount", equalTo(1))
                .body("data.opportunities.edges.node.id", contains(opportunityB))
                .body("data.sameOwner.edges.node.id", contains(accountB))
                .body("data.searched.totalCount", equalTo(0))
                .body("data.searchedAccounts.totalCount", equalTo(0))
                .body("data.byRole.edges.node.id", contains(stakeholderB))
                .body("data.ownedDeals.edges.node.id", contains(opportunityB));
        GraphQL.post(B, "query($a: ID) { stakeholders(filter: {accountId: $a}) { totalCount } "
                + "opportunities(filter: {accountId: $a}) { totalCount } }", map("a", accountA))
                .body("errors", nullValue())
                .body("data.stakeholders.totalCount", equalTo(0))
                .body("data.opportunities.totalCount", equalTo(0));
        GraphQL.post(B, "query($a: ID) { stakeholderGraph(accountId: $a) { nodes { stakeholder { id } } edges { from to } } }",
                map("a", accountB))
                .body("errors", nullValue())
                .body("data.stakeholderGraph.nodes.stakeholder.id", contains(stakeholderB))
                .body("data.stakeholderGraph.edges", hasSize(0));
        GraphQL.post(B, "query($o: ID) { stakeholderGraph(opportunityId: $o) { nodes { stakeholder { id } } } }",
                map("o", opportunityB))
                .body("data.stakeholderGraph.nodes.stakeholder.id", contains(stakeholderB));
        // and A still sees only A's
        GraphQL.post(A, "query { accounts { totalCount edges { node { id } } } }")
                .body("data.accounts.totalCount", equalTo(1))
                .body("data.accounts.edges.node.id", not(hasItem(accountB)));
    }

    @Test
    void aBatchedQueryMixingOwnAndForeignIdsOnlyAnswersOwn() {
        String document = "query($mine: ID!, $theirs: ID!, $myDeal: ID!, $theirDeal: ID!) { "
                + "mine: account(id: $mine) { id name } theirs: account(id: $theirs) { id name } "
                + "myDeal: opportunity(id: $myDeal) { id committee { stakeholder { id } } } "
                + "theirDeal: opportunity(id: $theirDeal) { id committee { stakeholder { id } } } }";
        Map<String, Object> variables = map("mine", accountB, "theirs", accountA, "myDeal", opportunityB,
                "theirDeal", opportunityA);
        GraphQL.post(B, document, variables)
                .body("data.mine.id", equalTo(accountB))
                .body("data.mine.name", equalTo("B Corp"))
                .body("data.theirs", nullValue())
                .body("data.myDeal.committee.stakeholder.id", contains(stakeholderB))
                .body("data.theirDeal", nullValue())
                .body("errors", hasSize(2))
                .body("errors.extensions.code", contains("NOT_FOUND", "NOT_FOUND"))
                .body("errors.path", org.hamcrest.Matchers.containsInAnyOrder(List.of("theirs"), List.of("theirDeal")))
                .body(not(containsString("Secret")));
        String withA = GraphQL.post(B, document, variables).extract().asString();
        String a1 = Fixtures.randomId();
        String a2 = Fixtures.randomId();
        String withRandom = GraphQL.post(B, document, map("mine", accountB, "theirs", a1, "myDeal", opportunityB,
                "theirDeal", a2)).extract().asString();
        assertEquals(withRandom.replace(a1, "<1>").replace(a2, "<2>"),
                withA.replace(accountA, "<1>").replace(opportunityA, "<2>"));
    }
}
