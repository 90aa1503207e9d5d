package com.decisionchain.opportunity;

import static com.decisionchain.support.Fixtures.map;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.decisionchain.support.Fixtures;
import com.decisionchain.support.GraphQL;
import com.decisionchain.support.Tokens;

import io.quarkus.test.junit.QuarkusTest;

/** The decision chain: roles over time, relationships and the stakeholder graph. */
@QuarkusTest
class CommitteeGraphQLTest {

    private static final String TOKEN = Tokens.of(Fixtures.newTenant(), "manager");
    private static final String MEMBER = "id role influence stance painPoints priorities cadence evidence note "
            + "validFrom validTo opportunity { id } stakeholder { id }";
    private static final String COMMITTEE_AS_OF = "query($o: ID!, $at: DateTime) { opportunity(id: $o) { "
            + "committee(asOf: $at) { id role stance validFrom validTo stakeholder { id } } } }";

    @Test
    void assignRoleWithDefaultsAndEveryField() {
        String account = Fixtures.account(TOKEN, "Assign Co");
        String person = Fixtures.stakeholder(TOKEN, account, "Decider");
        String other = Fixtures.stakeholder(TOKEN, account, "Gate");
        String deal = Fixtures.opportunity(TOKEN, account, "Assign deal");

        GraphQL.post(TOKEN, "mutation($input: AssignRoleInput!) { assignRole(input: $input) { " + MEMBER + " } }",
                map("input", map("opportunityId", deal, "stakeholderId", person, "role", "decision_maker")))
                .body("errors", nullValue())
                .body("data.assignRole.role", equalTo("DECISION_MAKER"))
                .body("data.assignRole.influence", equalTo("MEDIUM"))
                .body("data.assignRole.stance", equalTo("UNKNOWN"))
                .body("data.assignRole.evidence", equalTo("ASSUMED"))
                .body("data.assignRole.painPoints", hasSize(0))
                .body("data.assignRole.cadence", nullValue())
                .body("data.assignRole.validFrom", notNullValue())
                .body("data.assignRole.validTo", nullValue())
                .body("data.assignRole.opportunity.id", equalTo(deal))
                .body("data.assignRole.stakeholder.id", equalTo(person));

        GraphQL.post(TOKEN, "mutation($input: AssignRoleInput!) { assignRole(input: $input) { " + MEMBER + " } }",
                map("input", map("opportunityId", deal, "stakeholderId", other, "role", "GATEKEEPER", "influence", "HIGH",
                        "stance", "SKEPTIC", "painPoints", List.of("Security review", " "), "priorities", List.of("Compliance"),
                        "cadence", "MONTHLY", "evidence", "SELF_CONFIRMED", "note", "Owns procurement",
                        "validFrom", "2026-01-01T00:00:00Z")))
                .body("errors", nullValue())
                .body("data.assignRole.influence", equalTo("HIGH"))
                .body("data.assignRole.stance", equalTo("SKEPTIC"))
                .body("data.assignRole.painPoints", contains("Security review"))
                .body("data.assignRole.priorities", contains("Compliance"))
                .body("data.assignRole.cadence", equalTo("MONTHLY"))
                .body("data.assignRole.evidence", equalTo("SELF_CONFIRMED"))
                .body("data.assignRole.note", equalTo("Owns procurement"))
                .body("data.assignRole.validFrom", equalTo("2026-01-01T00:00:00Z"));

        // holding the same role twice is a conflict; an unknown role is invalid
        GraphQL.post(TOKEN, "mutation($o: ID!, $s: ID!) { assignRole(input: {opportunityId: $o, stakeholderId: $s, "
                + "role: \"DECISION_MAKER\"}) { id } }", map("o", deal, "s", person))
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("CONFLICT"));
        GraphQL.post(TOKEN, "mutation($o: ID!, $s: ID!) { assignRole(input: {opportunityId: $o, stakeholderId: $s, "
                + "role: \"CEO\"}) { id } }", map("o", deal, "s", person))
                .body("errors[0].extensions.code", equalTo("VALIDATION_FAILED"))
                .body("errors[0].extensions.errors[0].field", equalTo("input.role"));
        // one person may hold two roles
        Fixtures.assignRole(TOKEN, deal, person, "BUYER");
        GraphQL.post(TOKEN, "query($o: ID!) { opportunity(id: $o) { committee { role stakeholder { id } } } }", map("o", deal))
                .body("data.opportunity.committee.role", containsInAnyOrder("DECISION_MAKER", "GATEKEEPER", "BUYER"));
        GraphQL.post(TOKEN, "query($s: ID!) { stakeholder(id: $s) { committeeMemberships { role opportunity { id } } } }",
                map("s", person))
                .body("data.stakeholder.committeeMemberships.role", containsInAnyOrder("DECISION_MAKER", "BUYER"))
                .body("data.stakeholder.committeeMemberships.opportunity.id", contains(deal, deal));
    }

    @Test
    void updateRoleEndsTheOldRowAndCommitteeAsOfShowsEachVersion() {
        String account = Fixtures.account(TOKEN, "History Co");
        String person = Fixtures.stakeholder(TOKEN, account, "Changer");
        String deal = Fixtures.opportunity(TOKEN, account, "History deal");
        String first = Fixtures.assignRole(TOKEN, map("opportunityId", deal, "stakeholderId", person, "role", "USER",
                "stance", "NEUTRAL", "painPoints", List.of("Slow reports"), "validFrom", "2026-01-01T00:00:00Z"));

        String second = GraphQL.post(TOKEN, "mutation($id: ID!, $input: RolePatch!) { updateRole(id: $id, input: $input) { "
                + MEMBER + " } }", map("id", first, "input", map("role", "INFLUENCER", "stance", "CHAMPION",
                        "effectiveAt", "2026-02-01T00:00:00Z")))
                .body("errors", nullValue())
                .body("data.updateRole.role", equalTo("INFLUENCER"))
                .body("data.updateRole.stance", equalTo("CHAMPION"))
                // unchanged members carry over
                .body("data.updateRole.painPoints", contains("Slow reports"))
                .body("data.updateRole.influence", equalTo("MEDIUM"))
                .body("data.updateRole.validFrom", equalTo("2026-02-01T00:00:00Z"))
                .body("data.updateRole.validTo", nullValue())
                .body("data.updateRole.stakeholder.id", equalTo(person))
                .extract().path("data.updateRole.id");
        assertNotEquals(first, second);

        // before the change: the old row, now closed at the change
        GraphQL.post(TOKEN, COMMITTEE_AS_OF, map("o", deal, "at", "2026-01-15T00:00:00Z"))
                .body("errors", nullValue())
                .body("data.opportunity.committee.id", contains(first))
                .body("data.opportunity.committee[0].role", equalTo("USER"))
                .body("data.opportunity.committee[0].stance", equalTo("NEUTRAL"))
                .body("data.opportunity.committee[0].validTo", equalTo("2026-02-01T00:00:00Z"));
        // at and after the change: the new row
        GraphQL.post(TOKEN, COMMITTEE_AS_OF, map("o", deal, "at", "2026-02-01T00:00:00Z"))
                .body("data.opportunity.committee.id", contains(second))
                .body("data.opportunity.committee[0].role", equalTo("INFLUENCER"));
        GraphQL.post(TOKEN, COMMITTEE_AS_OF, map("o", deal))
                .body("data.opportunity.committee.id", contains(second));
        // before the first assignment: nobody
        GraphQL.post(TOKEN, COMMITTEE_AS_OF, map("o", deal, "at", "2025-12-31T23:59:59Z"))
                .body("data.opportunity.committee", hasSize(0));

        // the old row cannot change any more; a change cannot predate the row
        GraphQL.post(TOKEN, "mutation($id: ID!) { updateRole(id: $id, input: {stance: BLOCKER}) { id } }", map("id", first))
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("CONFLICT"));
        GraphQL.post(TOKEN, "mutation($id: ID!) { updateRole(id: $id, input: {stance: BLOCKER, "
                + "effectiveAt: \"2026-01-20T00:00:00Z\"}) { id } }", map("id", second))
                .body("errors[0].extensions.code", equalTo("VALIDATION_FAILED"));
        GraphQL.post(TOKEN, "mutation($id: ID!) { updateRole(id: $id, input: {role: \"NOPE\"}) { id } }", map("id", second))
                .body("errors[0].extensions.code", equalTo("VALIDATION_FAILED"));
        GraphQL.post(TOKEN, COMMITTEE_AS_OF, map("o", deal))
                .body("data.opportunity.committee.id", contains(second))
                .body("data.opportunity.committee[0].stance", equalTo("CHAMPION"));
    }

    @Test
    void endRoleClosesTheRow() {
        String account = Fixtures.account(TOKEN, "End Co");
        String person = Fixtures.stakeholder(TOKEN, account, "Ender");
        String deal = Fixtures.opportunity(TOKEN, account, "End deal");
        String member = Fixtures.assignRole(TOKEN, map("opportunityId", deal, "stakeholderId", person, "role", "BUYER",
                "validFrom", "2026-01-01T00:00:00Z"));

        GraphQL.post(TOKEN, "mutation($id: ID!) { endRole(id: $id, at: \"2026-03-01T00:00:00Z\") { id role validTo } }",
                map("id", member))
                .body("errors", nullValue())
                .body("data.endRole.id", equalTo(member))
                .body("data.endRole.role", equalTo("BUYER"))
                .body("data.endRole.validTo", equalTo("2026-03-01T00:00:00Z"));
        GraphQL.post(TOKEN, COMMITTEE_AS_OF, map("o", deal)).body("data.opportunity.committee", hasSize(0));
        GraphQL.post(TOKEN, COMMITTEE_AS_OF, map("o", deal, "at", "2026-02-01T00:00:00Z"))
                .body("data.opportunity.committee.id", contains(member));
        GraphQL.post(TOKEN, "query($s: ID!) { stakeholder(id: $s) { committeeMemberships { id } } }", map("s", person))
                .body("data.stakeholder.committeeMemberships", hasSize(0));
        GraphQL.post(TOKEN, "mutation($id: ID!) { endRole(id: $id) { id } }", map("id", member))
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("CONFLICT"));
        // the role can be held again after it ended
        Fixtures.assignRole(TOKEN, deal, person, "BUYER");

        String another = Fixtures.assignRole(TOKEN, map("opportunityId", deal, "stakeholderId", person, "role", "USER",
                "validFrom", "2026-06-01T00:00:00Z"));
        GraphQL.post(TOKEN, "mutation($id: ID!) { endRole(id: $id, at: \"2026-05-01T00:00:00Z\") { id } }", map("id", another))
                .body("errors[0].extensions.code", equalTo("VALIDATION_FAILED"));
    }

    @Test
    void relationshipsAreAddedReadAndRemoved() {
        String account = Fixtures.account(TOKEN, "Rel Co");
        String a = Fixtures.stakeholder(TOKEN, account, "Alpha");
        String b = Fixtures.stakeholder(TOKEN, account, "Beta");
        String id = GraphQL.post(TOKEN, "mutation($input: RelationshipInput!) { addRelationship(input: $input) { "
                + "id type weight note source at from { id } to { id } } }", map("input", map("type", "INFLUENCES",
                        "fromId", a, "toId", b, "weight", 3, "note", "Trusted advisor", "at", "2026-01-10T00:00:00Z")))
                .body("errors", nullValue())
                .body("data.addRelationship.type", equalTo("INFLUENCES"))
                .body("data.addRelationship.weight", equalTo(3))
                .body("data.addRelationship.note", equalTo("Trusted advisor"))
                .body("data.addRelationship.source", notNullValue())
                .body("data.addRelationship.at", equalTo("2026-01-10T00:00:00Z"))
                .body("data.addRelationship.from.id", equalTo(a))
                .body("data.addRelationship.to.id", equalTo(b))
                .extract().path("data.addRelationship.id");
        GraphQL.post(TOKEN, "query($a: ID!, $b: ID!) { a: stakeholder(id: $a) { relationships { id type from { id } } } "
                + "b: stakeholder(id: $b) { relationships { id to { id } } } }", map("a", a, "b", b))
                .body("data.a.relationships.id", contains(id))
                .body("data.b.relationships.id", contains(id))
                .body("data.b.relationships[0].to.id", equalTo(b));

        String add = "mutation($input: RelationshipInput!) { addRelationship(input: $input) { id } }";
        GraphQL.post(TOKEN, add, map("input", map("type", "INFLUENCES", "fromId", a, "toId", b)))
                .body("errors[0].extensions.code", equalTo("VALIDATION_FAILED"))
                .body("errors[0].extensions.errors[0].field", equalTo("input.weight"));
        GraphQL.post(TOKEN, add, map("input", map("type", "ALLY", "fromId", a, "toId", a)))
                .body("errors[0].extensions.code", equalTo("VALIDATION_FAILED"));
        GraphQL.post(TOKEN, add, map("input", map("type", "ALLY", "fromId", a, "toId", b, "weight", 4)))
                .body("errors[0].extensions.code", equalTo("VALIDATION_FAILED"));
        GraphQL.post(TOKEN, add, map("input", map("type", "ALLY", "fromId", a, "toId", Fixtures.randomId())))
                .body("errors[0].extensions.code", equalTo("NOT_FOUND"));

        GraphQL.post(TOKEN, "mutation($id: ID!) { removeRelationship(id: $id) }", map("id", id))
                .body("errors", nullValue())
                .body("data.removeRelationship", equalTo(true));
        GraphQL.post(TOKEN, "mutation($id: ID!) { removeRelationship(id: $id) }", map("id", id))
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("NOT_FOUND"));
        GraphQL.post(TOKEN, "query($a: ID!) { stakeholder(id: $a) { relationships { id } } }", map("a", a))
                .body("data.stakeholder.relationships", hasSize(0));
    }

    @Test
    void stakeholderGraphOfAnAccountAndOfAnOpportunity() {
        String account = Fixtures.account(TOKEN, "Graph Co");
        String ceo = Fixtures.stakeholder(TOKEN, account, "Ceo");
        String cio = Fixtures.stakeholder(TOKEN, map("accountId", account, "fullName", "Cio", "reportsToId", ceo));
        String admin = Fixtures.stakeholder(TOKEN, map("accountId", account, "fullName", "Admin", "reportsToId", cio));
        String outsider = Fixtures.stakeholder(TOKEN, Fixtures.account(TOKEN, "Graph Other Co"), "Outsider");
        String deal = Fixtures.opportunity(TOKEN, account, "Graph deal");
        String otherDeal = Fixtures.opportunity(TOKEN, account, "Graph deal 2");
        Fixtures.assignRole(TOKEN, deal, ceo, "DECISION_MAKER");
        Fixtures.assignRole(TOKEN, deal, cio, "INFLUENCER");
        Fixtures.assignRole(TOKEN, deal, cio, "USER");
        Fixtures.assignRole(TOKEN, otherDeal, admin, "GATEKEEPER");
        String influences = Fixtures.relationship(TOKEN, "INFLUENCES", cio, ceo, 2);
        String introduced = Fixtures.relationship(TOKEN, "INTRODUCED", admin, cio, null);

        String graph = "query($a: ID, $o: ID) { stakeholderGraph(accountId: $a, opportunityId: $o) { "
                + "nodes { stakeholder { id } roles } edges { id type from to weight } } }";
        var accountGraph = GraphQL.post(TOKEN, graph, map("a", account))
                .body("errors", nullValue())
                .body("data.stakeholderGraph.nodes.stakeholder.id", contains(ceo, cio, admin))
                .body("data.stakeholderGraph.nodes[0].roles", contains("DECISION_MAKER"))
                .body("data.stakeholderGraph.nodes[1].roles", contains("INFLUENCER", "USER"))
                .body("data.stakeholderGraph.nodes[2].roles", contains("GATEKEEPER"))
                .body("data.stakeholderGraph.nodes.stakeholder.id", not(org.hamcrest.Matchers.hasItem(outsider)))
                .body("data.stakeholderGraph.edges", hasSize(4))
                .extract();
        List<Map<String, Object>> edges = accountGraph.path("data.stakeholderGraph.edges");
        org.hamcrest.MatcherAssert.assertThat(edges, containsInAnyOrder(
                edge(influences, "INFLUENCES", cio, ceo, 2),
                edge(introduced, "INTRODUCED", admin, cio, null),
                edge("reports-to:" + cio, "REPORTS_TO", cio, ceo, null),
                edge("reports-to:" + admin, "REPORTS_TO", admin, cio, null)));

        // the opportunity's graph: its current committee and the edges among them only
        var dealGraph = GraphQL.post(TOKEN, graph, map("o", deal))
                .body("errors", nullValue())
                .body("data.stakeholderGraph.nodes.stakeholder.id", containsInAnyOrder(ceo, cio))
                .extract();
        List<Map<String, Object>> dealEdges = dealGraph.path("data.stakeholderGraph.edges");
        org.hamcrest.MatcherAssert.assertThat(dealEdges, containsInAnyOrder(
                edge(influences, "INFLUENCES", cio, ceo, 2),
                edge("reports-to:" + cio, "REPORTS_TO", cio, ceo, null)));
        List<Map<String, Object>> nodes = dealGraph.path("data.stakeholderGraph.nodes");
        for (Map<String, Object> node : nodes) {
            @SuppressWarnings("unchecked")
            String id = ((Map<String, String>) node.get("stakeholder")).get("id");
            org.hamcrest.MatcherAssert.assertThat(node.get("roles"),
                    equalTo(id.equals(ceo) ? List.of("DECISION_MAKER") : List.of("INFLUENCER", "USER")));
        }

        GraphQL.post(TOKEN, graph, map())
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("VALIDATION_FAILED"));
        GraphQL.post(TOKEN, graph, map("a", Fixtures.account(TOKEN, "Mismatch Co"), "o", deal))
                .body("errors[0].extensions.code", equalTo("VALIDATION_FAILED"));
        GraphQL.post(TOKEN, graph, map("a", Fixtures.randomId()))
                .body("errors[0].extensions.code", equalTo("NOT_FOUND"));
        GraphQL.post(TOKEN, graph, map("o", Fixtures.randomId()))
                .body("errors[0].extensions.code", equalTo("NOT_FOUND"));
    }

    private static Map<String, Object> edge(String id, String type, String from, String to, Integer weight) {
        Map<String, Object> edge = new java.util.HashMap<>();
        edge.put("id", id);
        edge.put("type", type);
        edge.put("from", from);
        edge.put("to", to);
        edge.put("weight", weight);
        return edge;
    }
}
