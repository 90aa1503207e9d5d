package com.decisionchain.common;

import static com.decisionchain.support.Fixtures.map;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.decisionchain.support.Fixtures;
import com.decisionchain.support.GraphQL;
import com.decisionchain.support.Tokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/**
 * Malformed or invalid input is answered with VALIDATION_FAILED or NOT_FOUND and a message, never
 * INTERNAL (GraphQL.post also rejects any stack trace or class name), and leaves nothing half-written.
 */
@QuarkusTest
class BadInputTest {

    private static final String TOKEN = Tokens.of(Fixtures.newTenant(), "rep");

    private static ValidatableResponse fails(ValidatableResponse response, String code) {
        return response.statusCode(200)
                .body("errors", not(hasSize(0)))
                .body("errors[0].extensions.code", equalTo(code))
                .body("errors[0].message", not(emptyOrNullString()));
    }

    private static int accountCount() {
        return Fixtures.ok(TOKEN, "{ accounts { totalCount } }", map(), "data.accounts.totalCount");
    }

    @Test
    void malformedDocumentsAndUnknownFields() {
        fails(GraphQL.post(TOKEN, "query { nope }"), "VALIDATION_FAILED");
        fails(GraphQL.post(TOKEN, "mutation { createAccount(input: {name: \"x\", unknownField: 1}) { id } }"),
                "VALIDATION_FAILED");
        fails(GraphQL.post(TOKEN, "mutation { createAccount { id } }"), "VALIDATION_FAILED");
        fails(GraphQL.post(TOKEN, "query($id: ID!) { account(id: $id) { id } }"), "VALIDATION_FAILED");
    }

    @Test
    void unparseableRequestBodies() {
        fails(GraphQL.post(TOKEN, "{ accounts { totalCount "), "VALIDATION_FAILED");
        fails(GraphQL.post(TOKEN, "query($a: ID, $at: DateTime) { opportunities(filter: {accountId: $a}) "
                + "{ edges { node { committee(asOf: $at) { id } } } } }", map("at", "2026-13-45")), "VALIDATION_FAILED");
        fails(GraphQL.postRaw(TOKEN, Map.of("query", "{ accounts { totalCount } }", "variables", "not an object")),
                "VALIDATION_FAILED");
        fails(GraphQL.postRaw(TOKEN, Map.of("variables", Map.of())), "VALIDATION_FAILED");
    }

    @Test
    void unknownEnumValues() {
        String account = Fixtures.account(TOKEN, "Enum Co");
        fails(GraphQL.post(TOKEN, "mutation { createOpportunity(input: {accountId: \"" + account
                + "\", name: \"x\", stage: WON}) { id } }"), "VALIDATION_FAILED");
        fails(GraphQL.post(TOKEN, "mutation($input: OpportunityInput!) { createOpportunity(input: $input) { id } }",
                map("input", map("accountId", account, "name", "x", "stage", "WON"))), "VALIDATION_FAILED");
        fails(GraphQL.post(TOKEN, "query { accounts(filter: {sizeBand: GIGANTIC}) { totalCount } }"), "VALIDATION_FAILED");
        fails(GraphQL.post(TOKEN, "mutation($s: CommitmentStatus!) { resolveCommitment(id: \"" + Fixtures.randomId()
                + "\", status: $s) { id } }", map("s", "DONE")), "VALIDATION_FAILED");
        GraphQL.post(TOKEN, "query($a: ID) { opportunities(filter: {accountId: $a}) { totalCount } }", map("a", account))
                .body("data.opportunities.totalCount", equalTo(0));
    }

    @Test
    void valuesOutOfTheirRange() {
        String create = "mutation($input: AccountInput!) { createAccount(input: $input) { id } }";
        int before = accountCount();
        fails(GraphQL.post(TOKEN, create, map("input", map("name", "n".repeat(201)))), "VALIDATION_FAILED")
                .body("errors[0].message", org.hamcrest.Matchers.containsString("input.name"));
        fails(GraphQL.post(TOKEN, create, map("input", map("name", "   "))), "VALIDATION_FAILED");
        fails(GraphQL.post(TOKEN, create, map("input", map("name", "Neg", "employeeCount", -1))), "VALIDATION_FAILED")
                .body("errors[0].message", org.hamcrest.Matchers.containsString("input.employeeCount"));
        fails(GraphQL.post(TOKEN, create, map("input", map("name", "Neg", "annualRevenue", -5))), "VALIDATION_FAILED");
        fails(GraphQL.post(TOKEN, create, map("input", map("name", "Big", "employeeCount", 3_000_000_000L))),
                "VALIDATION_FAILED");
        fails(GraphQL.post(TOKEN, create, map("input", map("name", "Money", "annualRevenue", "lots"))), "VALIDATION_FAILED");
        fails(GraphQL.post(TOKEN, create, map("input", map("name", "Money", "annualRevenue", "1.234"))), "VALIDATION_FAILED");
        fails(GraphQL.post(TOKEN, create, map("input", map("name", "Cur", "currency", "eur"))), "VALIDATION_FAILED");
        fails(GraphQL.post(TOKEN, create, map("input", map("name", "Dom", "domain", "d".repeat(256)))), "VALIDATION_FAILED");
        org.junit.jupiter.api.Assertions.assertEquals(before, accountCount());
        // the limits themselves are fine
        GraphQL.post(TOKEN, create, map("input", map("name", "n".repeat(200), "employeeCount", 0, "annualRevenue", 0)))
                .body("errors", nullValue());

        String account = Fixtures.account(TOKEN, "Range Co");
        String person = Fixtures.stakeholder(TOKEN, account, "Ranger");
        fails(GraphQL.post(TOKEN, "mutation($input: OpportunityInput!) { createOpportunity(input: $input) { id } }",
                map("input", map("accountId", account, "name", "Neg", "amount", -0.01))), "VALIDATION_FAILED")
                .body("errors[0].message", org.hamcrest.Matchers.containsString("input.amount"));
        fails(GraphQL.post(TOKEN, "mutation($id: ID!) { updateAccount(id: $id, input: {employeeCount: -3}) { id } }",
                map("id", account)), "VALIDATION_FAILED");
        fails(GraphQL.post(TOKEN, "mutation($input: StakeholderInput!) { createStakeholder(input: $input) { id } }",
                map("input", map("accountId", account, "fullName", "Mail", "email", "not-an-email"))), "VALIDATION_FAILED");
        fails(GraphQL.post(TOKEN, "mutation($input: StakeholderInput!) { createStakeholder(input: $input) { id } }",
                map("input", map("accountId", account, "fullName", "Phone", "phone", "1".repeat(51)))), "VALIDATION_FAILED");
        fails(GraphQL.post(TOKEN, "mutation($id: ID!) { updateStakeholder(id: $id, input: {title: \"" + "t".repeat(201)
                + "\"}) { id } }", map("id", person)), "VALIDATION_FAILED");
        fails(GraphQL.post(TOKEN, "query { accounts(first: -1) { totalCount } }"), "VALIDATION_FAILED");
        fails(GraphQL.post(TOKEN, "query { accounts(after: \"garbage\") { totalCount } }"), "VALIDATION_FAILED");
        GraphQL.post(TOKEN, "query { accounts(first: 100000) { edges { cursor } } }").body("errors", nullValue());
        GraphQL.post(TOKEN, "query($id: ID!) { stakeholder(id: $id) { title } }", map("id", person))
                .body("data.stakeholder.title", nullValue());
    }

    private static ValidatableResponse failsCleanly(ValidatableResponse response) {
        return fails(response, "VALIDATION_FAILED")
                .body("errors", hasSize(1))
                .body("data", nullValue())
                .body(not(org.hamcrest.Matchers.containsString("com.decisionchain")))
                .body(not(org.hamcrest.Matchers.containsString("Unknown Scalar Type")));
    }

    @Test
    void datesInTheWrongFormat() {
        String account = Fixtures.account(TOKEN, "Date Co");
        String person = Fixtures.stakeholder(TOKEN, account, "Dated");
        failsCleanly(GraphQL.post(TOKEN, "mutation($a: ID!) { createOpportunity(input: {accountId: $a, name: \"x\", "
                + "openedAt: \"2026-13-45\"}) { id } }", map("a", account)));
        failsCleanly(GraphQL.post(TOKEN, "mutation($input: OpportunityInput!) { createOpportunity(input: $input) { id } }",
                map("input", map("accountId", account, "name", "x", "openedAt", "2026-13-45"))));
        failsCleanly(GraphQL.post(TOKEN, "mutation($input: OpportunityInput!) { createOpportunity(input: $input) { id } }",
                map("input", map("accountId", account, "name", "x", "expectedCloseDate", "2026-02-30"))));
        failsCleanly(GraphQL.post(TOKEN, "mutation($input: OpportunityInput!) { createOpportunity(input: $input) { id } }",
                map("input", map("accountId", account, "name", "x", "expectedCloseDate", "31/12/2026"))));
        failsCleanly(GraphQL.post(TOKEN, "mutation($id: ID!) { markStakeholderLeft(id: $id, leftAt: \"yesterday\") { id } }",
                map("id", person)));
        failsCleanly(GraphQL.post(TOKEN, "mutation($a: ID, $s: ID!) { logInteraction(input: {accountId: $a, channel: EMAIL, "
                + "direction: OUTBOUND, occurredAt: \"2026-02-01 10:00\", participants: [{stakeholderId: $s}]}) { id } }",
                map("a", account, "s", person)));
        GraphQL.post(TOKEN, "query($a: ID, $s: ID!) { opportunities(filter: {accountId: $a}) { totalCount } "
                + "stakeholder(id: $s) { status interactions { totalCount } } }", map("a", account, "s", person))
                .body("data.opportunities.totalCount", equalTo(0))
                .body("data.stakeholder.status", equalTo("ACTIVE"))
                .body("data.stakeholder.interactions.totalCount", equalTo(0));
    }

    @Test
    void unknownIdsAreNotFound() {
        String random = Fixtures.randomId();
        for (String id : List.of(random, "not-a-uuid", "", "00000000-0000-0000-0000-000000000000")) {
            fails(GraphQL.post(TOKEN, "query($id: ID!) { account(id: $id) { id } }", map("id", id)), "NOT_FOUND")
                    .body("data.account", nullValue());
            fails(GraphQL.post(TOKEN, "query($id: ID!) { stakeholder(id: $id) { id } }", map("id", id)), "NOT_FOUND");
            fails(GraphQL.post(TOKEN, "query($id: ID!) { opportunity(id: $id) { id } }", map("id", id)), "NOT_FOUND");
            fails(GraphQL.post(TOKEN, "mutation($id: ID!) { updateAccount(id: $id, input: {name: \"x\"}) { id } }",
                    map("id", id)), "NOT_FOUND").body("data", nullValue());
            fails(GraphQL.post(TOKEN, "mutation($id: ID!) { endRole(id: $id) { id } }", map("id", id)), "NOT_FOUND");
            fails(GraphQL.post(TOKEN, "mutation($id: ID!) { createStakeholder(input: {accountId: $id, fullName: \"x\"}) "
                    + "{ id } }", map("id", id)), "NOT_FOUND");
        }
    }

    @Test
    void aStakeholderOfAnotherAccountCannotJoinACommittee() {
        String account = Fixtures.account(TOKEN, "Committee Co");
        String outsider = Fixtures.stakeholder(TOKEN, Fixtures.account(TOKEN, "Outside Co"), "Outsider");
        String deal = Fixtures.opportunity(TOKEN, account, "Committee deal");
        fails(GraphQL.post(TOKEN, "mutation($o: ID!, $s: ID!) { assignRole(input: {opportunityId: $o, stakeholderId: $s, "
                + "role: \"DECISION_MAKER\"}) { id } }", map("o", deal, "s", outsider)), "VALIDATION_FAILED")
                .body("data", nullValue())
                .body("errors[0].extensions.errors[0].field", equalTo("input.stakeholderId"));
        GraphQL.post(TOKEN, "query($o: ID!, $s: ID!) { opportunity(id: $o) { committee { id } } "
                + "stakeholder(id: $s) { committeeMemberships { id } } }", map("o", deal, "s", outsider))
                .body("data.opportunity.committee", hasSize(0))
                .body("data.stakeholder.committeeMemberships", hasSize(0));
    }

    @Test
    void failedWritesLeaveNothingBehind() {
        int before = accountCount();
        String create = "mutation($input: AccountInput!) { createAccount(input: $input) { id } }";
        // an invalid external id
        fails(GraphQL.post(TOKEN, create, map("input", map("name", "Half", "externalIds",
                List.of(map("system", "CRM", "value", "1"), map("system", " ", "value", "2"))))), "VALIDATION_FAILED");
        fails(GraphQL.post(TOKEN, create, map("input", map("name", "Half", "externalIds",
                List.of(map("system", "CRM", "value", "v".repeat(501)))))), "VALIDATION_FAILED");
        // a duplicate external id fails on the database after the account row was inserted
        fails(GraphQL.post(TOKEN, create, map("input", map("name", "Half", "externalIds",
                List.of(map("system", "crm", "value", "7"), map("system", "CRM", "value", "7"))))), "CONFLICT");
        org.junit.jupiter.api.Assertions.assertEquals(before, accountCount());
        GraphQL.post(TOKEN, "query { accounts(filter: {search: \"Half\"}) { totalCount } }")
                .body("data.accounts.totalCount", equalTo(0));

        // an unknown manager or participant leaves no stakeholder or interaction
        String account = Fixtures.account(TOKEN, "Atomic Co");
        String person = Fixtures.stakeholder(TOKEN, account, "Atom");
        fails(GraphQL.post(TOKEN, "mutation($input: StakeholderInput!) { createStakeholder(input: $input) { id } }",
                map("input", map("accountId", account, "fullName", "Orphan", "reportsToId", Fixtures.randomId()))),
                "NOT_FOUND");
        fails(GraphQL.post(TOKEN, "mutation($a: ID, $s: ID!, $u: ID!) { logInteraction(input: {accountId: $a, channel: EMAIL, "
                + "direction: OUTBOUND, occurredAt: \"2026-02-01T00:00:00Z\", participants: [{stakeholderId: $s}, "
                + "{stakeholderId: $u}]}) { id } }", map("a", account, "s", person, "u", Fixtures.randomId())), "NOT_FOUND");
        GraphQL.post(TOKEN, "query($a: ID, $s: ID!) { stakeholders(filter: {accountId: $a}) { totalCount } "
                + "stakeholder(id: $s) { interactions { totalCount } } }", map("a", account, "s", person))
                .body("data.stakeholders.totalCount", equalTo(1))
                .body("data.stakeholder.interactions.totalCount", equalTo(0));
    }
}
