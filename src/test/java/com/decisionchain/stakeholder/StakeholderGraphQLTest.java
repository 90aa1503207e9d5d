package com.decisionchain.stakeholder;

import static com.decisionchain.support.Fixtures.map;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.decisionchain.support.Fixtures;
import com.decisionchain.support.GraphQL;
import com.decisionchain.support.Tokens;

import io.quarkus.test.junit.QuarkusTest;

/** Stakeholders: creation, history-dated updates, departures, reporting lines, filters and merging. */
@QuarkusTest
class StakeholderGraphQLTest {

    private static final String TOKEN = Tokens.of(Fixtures.newTenant(), "rep");
    private static final String FIELDS = "id personId account { id } firstName lastName fullName title department "
            + "seniority email phone linkedinUrl location status leftAt version createdAt updatedAt";
    private static final String UPDATE = "mutation($id: ID!, $input: StakeholderPatch!, $v: Int) { "
            + "updateStakeholder(id: $id, input: $input, expectedVersion: $v) { " + FIELDS + " } }";

    @Test
    void createsWithEveryField() {
        String account = Fixtures.account(TOKEN, "People Co");
        String id = GraphQL.post(TOKEN, "mutation($input: StakeholderInput!) { createStakeholder(input: $input) { "
                + FIELDS + " } }", map("input", map("accountId", account, "firstName", "Li", "lastName", "Wei",
                        "title", "CTO", "department", "IT", "seniority", "C_LEVEL", "email", "li.wei@people.example",
                        "phone", "+86 10 1234", "linkedinUrl", "https://www.linkedin.com/in/liwei", "location", "Beijing")))
                .body("errors", nullValue())
                .body("data.createStakeholder.fullName", equalTo("Li Wei"))
                .body("data.createStakeholder.status", equalTo("ACTIVE"))
                .body("data.createStakeholder.version", equalTo(0))
                .extract().path("data.createStakeholder.id");
        GraphQL.post(TOKEN, "query($id: ID!) { stakeholder(id: $id) { " + FIELDS + " } }", map("id", id))
                .body("errors", nullValue())
                .body("data.stakeholder.id", equalTo(id))
                .body("data.stakeholder.personId", notNullValue())
                .body("data.stakeholder.account.id", equalTo(account))
                .body("data.stakeholder.firstName", equalTo("Li"))
                .body("data.stakeholder.lastName", equalTo("Wei"))
                .body("data.stakeholder.fullName", equalTo("Li Wei"))
                .body("data.stakeholder.title", equalTo("CTO"))
                .body("data.stakeholder.department", equalTo("IT"))
                .body("data.stakeholder.seniority", equalTo("C_LEVEL"))
                .body("data.stakeholder.email", equalTo("li.wei@people.example"))
                .body("data.stakeholder.phone", equalTo("+86 10 1234"))
                .body("data.stakeholder.linkedinUrl", equalTo("https://www.linkedin.com/in/liwei"))
                .body("data.stakeholder.location", equalTo("Beijing"))
                .body("data.stakeholder.status", equalTo("ACTIVE"))
                .body("data.stakeholder.leftAt", nullValue());

        // defaults: seniority UNKNOWN; a name is required
        GraphQL.post(TOKEN, "mutation($input: StakeholderInput!) { createStakeholder(input: $input) { seniority fullName } }",
                map("input", map("accountId", account, "fullName", "Only Name")))
                .body("data.createStakeholder.seniority", equalTo("UNKNOWN"))
                .body("data.createStakeholder.fullName", equalTo("Only Name"));
        GraphQL.post(TOKEN, "mutation($input: StakeholderInput!) { createStakeholder(input: $input) { id } }",
                map("input", map("accountId", account, "title", "Nameless")))
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("VALIDATION_FAILED"))
                .body("errors[0].extensions.errors[0].field", equalTo("input.fullName"));
    }

    @Test
    void updatesWithEffectiveAtAndExpectedVersion() {
        String account = Fixtures.account(TOKEN, "Update Co");
        String id = Fixtures.stakeholder(TOKEN, map("accountId", account, "firstName", "Ann", "lastName", "Lee",
                "title", "Engineer", "email", "ann@update.example"));

        GraphQL.post(TOKEN, UPDATE, map("id", id, "v", 0, "input", map("title", "VP Engineering", "seniority", "VP",
                "effectiveAt", "2026-02-01T00:00:00Z")))
                .body("errors", nullValue())
                .body("data.updateStakeholder.title", equalTo("VP Engineering"))
                .body("data.updateStakeholder.seniority", equalTo("VP"))
                .body("data.updateStakeholder.email", equalTo("ann@update.example"))
                .body("data.updateStakeholder.fullName", equalTo("Ann Lee"))
                .body("data.updateStakeholder.version", equalTo(1));
        // changing a name part recomputes the full name; empty string clears an optional text
        GraphQL.post(TOKEN, UPDATE, map("id", id, "v", 1, "input", map("lastName", "Li", "email", "")))
                .body("errors", nullValue())
                .body("data.updateStakeholder.lastName", equalTo("Li"))
                .body("data.updateStakeholder.fullName", equalTo("Ann Li"))
                .body("data.updateStakeholder.email", nullValue())
                .body("data.updateStakeholder.version", equalTo(2));
        // stale version
        GraphQL.post(TOKEN, UPDATE, map("id", id, "v", 1, "input", map("title", "CEO")))
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("CONFLICT"));
        GraphQL.post(TOKEN, "query($id: ID!) { stakeholder(id: $id) { title version } }", map("id", id))
                .body("data.stakeholder.title", equalTo("VP Engineering"))
                .body("data.stakeholder.version", equalTo(2));
    }

    @Test
    void markLeftSetsStatusAndDate() {
        String account = Fixtures.account(TOKEN, "Leaving Co");
        String id = Fixtures.stakeholder(TOKEN, account, "Gone Soon");
        String deal = Fixtures.opportunity(TOKEN, account, "Deal");
        GraphQL.post(TOKEN, "mutation($id: ID!) { markStakeholderLeft(id: $id, leftAt: \"2026-03-15\") { status leftAt version } }",
                map("id", id))
                .body("errors", nullValue())
                .body("data.markStakeholderLeft.status", equalTo("LEFT_COMPANY"))
                .body("data.markStakeholderLeft.leftAt", equalTo("2026-03-15"))
                .body("data.markStakeholderLeft.version", equalTo(1));
        GraphQL.post(TOKEN, "query($a: ID) { left: stakeholders(filter: {accountId: $a, status: LEFT_COMPANY}) "
                + "{ totalCount edges { node { id } } } active: stakeholders(filter: {accountId: $a, status: ACTIVE}) "
                + "{ totalCount } }", map("a", account))
                .body("data.left.totalCount", equalTo(1))
                .body("data.left.edges.node.id", contains(id))
                .body("data.active.totalCount", equalTo(0));
        // someone who left cannot take a new role
        GraphQL.post(TOKEN, "mutation($o: ID!, $s: ID!) { assignRole(input: {opportunityId: $o, stakeholderId: $s, "
                + "role: \"USER\"}) { id } }", map("o", deal, "s", id))
                .body("errors[0].extensions.code", equalTo("VALIDATION_FAILED"))
                .body("errors[0].extensions.errors[0].field", equalTo("input.stakeholderId"));
    }

    @Test
    void filtersBySearchAccountStatusAndRole() {
        String account = Fixtures.account(TOKEN, "Filter Co");
        String other = Fixtures.account(TOKEN, "Other Filter Co");
        String boss = Fixtures.stakeholder(TOKEN, map("accountId", account, "fullName", "Zhang Boss", "title", "CEO"));
        String tech = Fixtures.stakeholder(TOKEN, map("accountId", account, "fullName", "Tech Person",
                "email", "tech@filter.example"));
        String elsewhere = Fixtures.stakeholder(TOKEN, map("accountId", other, "fullName", "Zhang Elsewhere"));
        String deal = Fixtures.opportunity(TOKEN, account, "Filter deal");
        String member = Fixtures.assignRole(TOKEN, deal, boss, "DECISION_MAKER");
        Fixtures.assignRole(TOKEN, deal, tech, "USER");

        String query = "query($f: StakeholderFilter) { stakeholders(filter: $f) { totalCount edges { node { id } } } }";
        GraphQL.post(TOKEN, query, map("f", map("accountId", account)))
                .body("data.stakeholders.totalCount", equalTo(2))
                .body("data.stakeholders.edges.node.id", contains(boss, tech));
        GraphQL.post(TOKEN, query, map("f", map("search", "zhang")))
                .body("data.stakeholders.edges.node.id", containsInAnyOrder(boss, elsewhere));
        GraphQL.post(TOKEN, query, map("f", map("search", "ceo")))
                .body("data.stakeholders.edges.node.id", contains(boss));
        GraphQL.post(TOKEN, query, map("f", map("search", "TECH@FILTER")))
                .body("data.stakeholders.edges.node.id", contains(tech));
        GraphQL.post(TOKEN, query, map("f", map("search", "zhang", "accountId", other)))
                .body("data.stakeholders.edges.node.id", contains(elsewhere));
        GraphQL.post(TOKEN, query, map("f", map("role", "DECISION_MAKER", "accountId", account)))
                .body("data.stakeholders.totalCount", equalTo(1))
                .body("data.stakeholders.edges.node.id", contains(boss));
        GraphQL.post(TOKEN, query, map("f", map("role", "USER", "accountId", account)))
                .body("data.stakeholders.edges.node.id", contains(tech));
        // an ended role no longer matches
        Fixtures.ok(TOKEN, "mutation($id: ID!) { endRole(id: $id) { validTo } }", map("id", member), "data.endRole.validTo");
        GraphQL.post(TOKEN, query, map("f", map("role", "DECISION_MAKER", "accountId", account)))
                .body("data.stakeholders.totalCount", equalTo(0));
        // an unknown account id matches nothing
        GraphQL.post(TOKEN, query, map("f", map("accountId", Fixtures.randomId())))
                .body("errors", nullValue())
                .body("data.stakeholders.totalCount", equalTo(0));
    }

    @Test
    void reportingLinesReadBothWays() {
        String account = Fixtures.account(TOKEN, "Org Co");
        String ceo = Fixtures.stakeholder(TOKEN, account, "Chief");
        String cto = Fixtures.stakeholder(TOKEN, map("accountId", account, "fullName", "Bob Tech", "reportsToId", ceo));
        String cfo = Fixtures.stakeholder(TOKEN, map("accountId", account, "fullName", "Alice Money", "reportsToId", ceo));
        String dev = Fixtures.stakeholder(TOKEN, map("accountId", account, "fullName", "Dev", "reportsToId", cto));

        GraphQL.post(TOKEN, "query($id: ID!) { stakeholder(id: $id) { reportsTo { id } directReports { id fullName "
                + "reportsTo { id } directReports { id } } } }", map("id", ceo))
                .body("errors", nullValue())
                .body("data.stakeholder.reportsTo", nullValue())
                // ordered by full name
                .body("data.stakeholder.directReports.id", contains(cfo, cto))
                .body("data.stakeholder.directReports.reportsTo.id", contains(ceo, ceo))
                .body("data.stakeholder.directReports[1].directReports.id", contains(dev));

        // a cycle is refused
        GraphQL.post(TOKEN, UPDATE, map("id", ceo, "input", map("reportsToId", dev)))
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("VALIDATION_FAILED"))
                .body("errors[0].extensions.errors[0].field", equalTo("input.reportsToId"));
        // a manager at another account is refused
        String outsider = Fixtures.stakeholder(TOKEN, Fixtures.account(TOKEN, "Elsewhere"), "Outsider");
        GraphQL.post(TOKEN, UPDATE, map("id", dev, "input", map("reportsToId", outsider)))
                .body("errors[0].extensions.code", equalTo("VALIDATION_FAILED"));
        // moving and clearing the line
        GraphQL.post(TOKEN, UPDATE + " ", map("id", dev, "input", map("reportsToId", cfo)))
                .body("errors", nullValue());
        GraphQL.post(TOKEN, "query($id: ID!) { stakeholder(id: $id) { reportsTo { id } } }", map("id", dev))
                .body("data.stakeholder.reportsTo.id", equalTo(cfo));
        GraphQL.post(TOKEN, UPDATE, map("id", dev, "input", map("reportsToId", "")))
                .body("errors", nullValue());
        GraphQL.post(TOKEN, "query($id: ID!) { stakeholder(id: $id) { reportsTo { id } } "
                + "cto: stakeholder(id: \"" + cto + "\") { directReports { id } } }", map("id", dev))
                .body("data.stakeholder.reportsTo", nullValue())
                .body("data.cto.directReports", hasSize(0));
    }

    @Test
    void personIdLinksEmploymentsOfOnePerson() {
        String oldCompany = Fixtures.account(TOKEN, "Old Employer");
        String newCompany = Fixtures.account(TOKEN, "New Employer");
        String before = Fixtures.stakeholder(TOKEN, oldCompany, "Mover");
        String other = Fixtures.stakeholder(TOKEN, oldCompany, "Stayer");
        String person = Fixtures.ok(TOKEN, "query($id: ID!) { stakeholder(id: $id) { personId } }", map("id", before),
                "data.stakeholder.personId");
        String otherPerson = Fixtures.ok(TOKEN, "query($id: ID!) { stakeholder(id: $id) { personId } }", map("id", other),
                "data.stakeholder.personId");
        assertNotEquals(person, otherPerson);
        String after = Fixtures.stakeholder(TOKEN, map("accountId", newCompany, "fullName", "Mover", "personId", person));
        GraphQL.post(TOKEN, "query($id: ID!) { stakeholder(id: $id) { personId account { id } } }", map("id", after))
                .body("data.stakeholder.personId", equalTo(person))
                .body("data.stakeholder.account.id", equalTo(newCompany));
        GraphQL.post(TOKEN, "mutation($input: StakeholderInput!) { createStakeholder(input: $input) { id } }",
                map("input", map("accountId", newCompany, "fullName", "Ghost", "personId", Fixtures.randomId())))
                .body("errors[0].extensions.code", equalTo("NOT_FOUND"));
    }

    @Test
    void mergeMovesEverythingToTheSurvivor() {
        String account = Fixtures.account(TOKEN, "Merge Co");
        String survivor = Fixtures.stakeholder(TOKEN, map("accountId", account, "fullName", "Wang Fang", "title", "CFO"));
        String duplicate = Fixtures.stakeholder(TOKEN, map("accountId", account, "fullName", "Fang Wang",
                "email", "fang@merge.example", "phone", "+86 1"));
        String third = Fixtures.stakeholder(TOKEN, account, "Third Person");
        String report = Fixtures.stakeholder(TOKEN, map("accountId", account, "fullName", "Report", "reportsToId", duplicate));
        String deal = Fixtures.opportunity(TOKEN, account, "Merge deal");
        Fixtures.assignRole(TOKEN, deal, survivor, "BUYER");
        String duplicateRole = Fixtures.assignRole(TOKEN, deal, duplicate, "DECISION_MAKER");
        String moved = Fixtures.relationship(TOKEN, "INTRODUCED", duplicate, third, null);
        String between = Fixtures.relationship(TOKEN, "ALLY", survivor, duplicate, null);
        String interaction = Fixtures.interaction(TOKEN, map("opportunityId", deal, "channel", "EMAIL",
                "direction", "OUTBOUND", "occurredAt", "2026-02-01T10:00:00Z",
                "participants", List.of(map("stakeholderId", duplicate, "responded", true))));
        String shared = Fixtures.interaction(TOKEN, map("opportunityId", deal, "channel", "VIDEO_MEETING",
                "direction", "OUTBOUND", "occurredAt", "2026-02-02T10:00:00Z",
                "participants", List.of(map("stakeholderId", survivor, "attended", false),
                        map("stakeholderId", duplicate, "attended", true))));
        String commitment = Fixtures.commitment(TOKEN, map("stakeholderId", duplicate, "opportunityId", deal,
                "description", "Send the case study", "dueAt", "2026-02-10T00:00:00Z"));

        GraphQL.post(TOKEN, "mutation($s: ID!, $d: ID!) { mergeStakeholders(survivorId: $s, duplicateId: $d) { id fullName "
                + "title email phone committeeMemberships { role stakeholder { id } } "
                + "relationships { id type from { id } to { id } } directReports { id } "
                + "interactions { totalCount edges { node { id participants { stakeholder { id } attended } } } } } }",
                map("s", survivor, "d", duplicate))
                .body("errors", nullValue())
                .body("data.mergeStakeholders.id", equalTo(survivor))
                .body("data.mergeStakeholders.fullName", equalTo("Wang Fang"))
                .body("data.mergeStakeholders.title", equalTo("CFO"))
                .body("data.mergeStakeholders.email", equalTo("fang@merge.example"))
                .body("data.mergeStakeholders.phone", equalTo("+86 1"))
                .body("data.mergeStakeholders.committeeMemberships.role", containsInAnyOrder("BUYER", "DECISION_MAKER"))
                .body("data.mergeStakeholders.committeeMemberships.stakeholder.id", everyItem(equalTo(survivor)))
                .body("data.mergeStakeholders.relationships.id", contains(moved))
                .body("data.mergeStakeholders.relationships[0].from.id", equalTo(survivor))
                .body("data.mergeStakeholders.relationships[0].to.id", equalTo(third))
                .body("data.mergeStakeholders.directReports.id", contains(report))
                .body("data.mergeStakeholders.interactions.totalCount", equalTo(2))
                .body("data.mergeStakeholders.interactions.edges.node.id", contains(shared, interaction))
                // one participant row per meeting, the answers combined
                .body("data.mergeStakeholders.interactions.edges[0].node.participants", hasSize(1))
                .body("data.mergeStakeholders.interactions.edges[0].node.participants[0].stakeholder.id", equalTo(survivor))
                .body("data.mergeStakeholders.interactions.edges[0].node.participants[0].attended", equalTo(true));

        GraphQL.post(TOKEN, "query($id: ID!) { stakeholder(id: $id) { id } }", map("id", duplicate))
                .body("data.stakeholder", nullValue())
                .body("errors[0].extensions.code", equalTo("NOT_FOUND"));
        GraphQL.post(TOKEN, "mutation($id: ID!) { updateRole(id: $id, input: {note: \"x\"}) { stakeholder { id } } }",
                map("id", duplicateRole))
                .body("data.updateRole.stakeholder.id", equalTo(survivor));
        GraphQL.post(TOKEN, "query($o: ID!) { opportunity(id: $o) { commitments { id stakeholder { id } } "
                + "committee { stakeholder { id } } } }", map("o", deal))
                .body("data.opportunity.commitments.id", contains(commitment))
                .body("data.opportunity.commitments.stakeholder.id", contains(survivor))
                .body("data.opportunity.committee.stakeholder.id", everyItem(equalTo(survivor)));
        GraphQL.post(TOKEN, "mutation($id: ID!) { removeRelationship(id: $id) }", map("id", between))
                .body("errors[0].extensions.code", equalTo("NOT_FOUND"));
        GraphQL.post(TOKEN, "query($a: ID) { stakeholders(filter: {accountId: $a}) { totalCount edges { node { id } } } }",
                map("a", account))
                .body("data.stakeholders.totalCount", equalTo(3))
                .body("data.stakeholders.edges.node.id", not(org.hamcrest.Matchers.hasItem(duplicate)));
    }

    @Test
    void mergeRefusesSelfOtherAccountsAndUnknownIds() {
        String account = Fixtures.account(TOKEN, "Merge Guard Co");
        String one = Fixtures.stakeholder(TOKEN, account, "One");
        String other = Fixtures.stakeholder(TOKEN, Fixtures.account(TOKEN, "Merge Guard Other"), "Other");
        String merge = "mutation($s: ID!, $d: ID!) { mergeStakeholders(survivorId: $s, duplicateId: $d) { id } }";
        GraphQL.post(TOKEN, merge, map("s", one, "d", one))
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("VALIDATION_FAILED"));
        GraphQL.post(TOKEN, merge, map("s", one, "d", other))
                .body("errors[0].extensions.code", equalTo("VALIDATION_FAILED"));
        GraphQL.post(TOKEN, merge, map("s", one, "d", Fixtures.randomId()))
                .body("errors[0].extensions.code", equalTo("NOT_FOUND"));
        // nothing was merged away
        GraphQL.post(TOKEN, "query($a: ID!, $b: ID!) { a: stakeholder(id: $a) { id } b: stakeholder(id: $b) { id } }",
                map("a", one, "b", other))
                .body("errors", nullValue())
                .body("data.a.id", equalTo(one))
                .body("data.b.id", equalTo(other));
        assertEquals(36, one.length());
    }
}
