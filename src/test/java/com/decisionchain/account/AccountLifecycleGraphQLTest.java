package com.decisionchain.account;

import static com.decisionchain.support.Fixtures.map;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.decisionchain.support.Fixtures;
import com.decisionchain.support.GraphQL;
import com.decisionchain.support.Tokens;

import io.quarkus.test.junit.QuarkusTest;

/** Accounts through GraphQL: every field, optimistic locking, deletion, filters and paging. */
@QuarkusTest
class AccountLifecycleGraphQLTest {

    private static final String TOKEN = Tokens.of(Fixtures.newTenant(), "rep");

    private static final String FIELDS = "id name domain website industry employeeCount sizeBand country annualRevenue "
            + "currency ownerId version createdAt updatedAt externalIds { system value }";

    @Test
    void createsWithEveryFieldAndReadsItBack() {
        Map<String, Object> input = map("name", "  E-Shop Inc.  ", "domain", "eshop.example", "website", "https://eshop.example",
                "industry", "Retail", "employeeCount", 12000, "country", "CN", "annualRevenue", "1234567.89",
                "currency", "CNY", "ownerId", "rep-1",
                "externalIds", List.of(map("system", "zoominfo", "value", " 99 "), map("system", "CRM", "value", "42")));
        String id = GraphQL.post(TOKEN, "mutation($input: AccountInput!) { createAccount(input: $input) { " + FIELDS + " } }",
                map("input", input))
                .statusCode(200)
                .body("errors", nullValue())
                .body("data.createAccount.name", equalTo("E-Shop Inc."))
                .body("data.createAccount.sizeBand", equalTo("ENTERPRISE"))
                .body("data.createAccount.version", equalTo(0))
                .extract().path("data.createAccount.id");

        GraphQL.post(TOKEN, "query($id: ID!) { account(id: $id) { " + FIELDS + " } }", map("id", id))
                .body("errors", nullValue())
                .body("data.account.id", equalTo(id))
                .body("data.account.name", equalTo("E-Shop Inc."))
                .body("data.account.domain", equalTo("eshop.example"))
                .body("data.account.website", equalTo("https://eshop.example"))
                .body("data.account.industry", equalTo("Retail"))
                .body("data.account.employeeCount", equalTo(12000))
                .body("data.account.sizeBand", equalTo("ENTERPRISE"))
                .body("data.account.country", equalTo("CN"))
                .body("data.account.annualRevenue", equalTo(1234567.89f))
                .body("data.account.currency", equalTo("CNY"))
                .body("data.account.ownerId", equalTo("rep-1"))
                .body("data.account.version", equalTo(0))
                .body("data.account.createdAt", notNullValue())
                .body("data.account.updatedAt", notNullValue())
                // normalised to upper case and trimmed, ordered by system
                .body("data.account.externalIds.system", contains("CRM", "ZOOMINFO"))
                .body("data.account.externalIds.value", contains("42", "99"));
    }

    @Test
    void updateChecksTheExpectedVersion() {
        String id = Fixtures.account(TOKEN, map("name", "Versioned", "domain", "v.example", "employeeCount", 10));
        String update = "mutation($id: ID!, $input: AccountPatch!, $v: Int) { updateAccount(id: $id, input: $input, "
                + "expectedVersion: $v) { name domain employeeCount sizeBand version } }";

        GraphQL.post(TOKEN, update, map("id", id, "input", map("name", "Versioned 2", "employeeCount", 500), "v", 0))
                .body("errors", nullValue())
                .body("data.updateAccount.name", equalTo("Versioned 2"))
                .body("data.updateAccount.domain", equalTo("v.example"))
                .body("data.updateAccount.employeeCount", equalTo(500))
                .body("data.updateAccount.sizeBand", equalTo("MID"))
                .body("data.updateAccount.version", equalTo(1));

        // a stale version is refused and changes nothing
        GraphQL.post(TOKEN, update, map("id", id, "input", map("name", "Lost update"), "v", 0))
                .body("data", nullValue())
                .body("errors", hasSize(1))
                .body("errors[0].extensions.code", equalTo("CONFLICT"))
                .body("errors[0].message", containsString("Version 0"));
        GraphQL.post(TOKEN, "query($id: ID!) { account(id: $id) { name version } }", map("id", id))
                .body("data.account.name", equalTo("Versioned 2"))
                .body("data.account.version", equalTo(1));

        // without expectedVersion the update applies; an empty string clears an optional text
        GraphQL.post(TOKEN, update, map("id", id, "input", map("domain", "")))
                .body("errors", nullValue())
                .body("data.updateAccount.domain", nullValue())
                .body("data.updateAccount.name", equalTo("Versioned 2"))
                .body("data.updateAccount.version", equalTo(2));
    }

    @Test
    void deleteRemovesTheAccountAndWhatHangsOnIt() {
        String id = Fixtures.account(TOKEN, "Doomed");
        String stakeholder = Fixtures.stakeholder(TOKEN, id, "Doomed Person");
        String opportunity = Fixtures.opportunity(TOKEN, id, "Doomed deal");

        GraphQL.post(TOKEN, "mutation($id: ID!) { deleteAccount(id: $id) }", map("id", id))
                .body("errors", nullValue())
                .body("data.deleteAccount", equalTo(true));

        GraphQL.post(TOKEN, "query($id: ID!) { account(id: $id) { id } }", map("id", id))
                .body("data.account", nullValue())
                .body("errors[0].extensions.code", equalTo("NOT_FOUND"))
                .body("errors[0].path[0]", equalTo("account"));
        GraphQL.post(TOKEN, "query($id: ID!) { stakeholder(id: $id) { id } }", map("id", stakeholder))
                .body("errors[0].extensions.code", equalTo("NOT_FOUND"));
        GraphQL.post(TOKEN, "query($id: ID!) { opportunity(id: $id) { id } }", map("id", opportunity))
                .body("errors[0].extensions.code", equalTo("NOT_FOUND"));
        GraphQL.post(TOKEN, "mutation($id: ID!) { deleteAccount(id: $id) }", map("id", id))
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("NOT_FOUND"));
    }

    @Test
    void filtersBySearchSizeBandOwnerAndIndustry() {
        String owner = "owner-" + Fixtures.randomId();
        String small = Fixtures.account(TOKEN, map("name", "Tiny Widgets", "employeeCount", 49, "ownerId", owner,
                "industry", "Toys"));
        String mid = Fixtures.account(TOKEN, map("name", "Mid Widgets", "domain", "midco.example", "employeeCount", 50,
                "ownerId", owner));
        String large = Fixtures.account(TOKEN, map("name", "Large 100% Co", "employeeCount", 9999, "ownerId", owner));
        String enterprise = Fixtures.account(TOKEN, map("name", "Huge Corp", "employeeCount", 10000, "ownerId", owner));
        Fixtures.account(TOKEN, map("name", "Someone else's", "employeeCount", 49, "ownerId", "other"));

        String query = "query($f: AccountFilter) { accounts(filter: $f) { totalCount edges { node { id } } } }";
        GraphQL.post(TOKEN, query, map("f", map("ownerId", owner)))
                .body("data.accounts.totalCount", equalTo(4))
                .body("data.accounts.edges.node.id", contains(small, mid, large, enterprise));
        GraphQL.post(TOKEN, query, map("f", map("ownerId", owner, "sizeBand", "SMALL")))
                .body("data.accounts.totalCount", equalTo(1))
                .body("data.accounts.edges.node.id", contains(small));
        GraphQL.post(TOKEN, query, map("f", map("ownerId", owner, "sizeBand", "MID")))
                .body("data.accounts.edges.node.id", contains(mid));
        GraphQL.post(TOKEN, query, map("f", map("ownerId", owner, "sizeBand", "LARGE")))
                .body("data.accounts.edges.node.id", contains(large));
        GraphQL.post(TOKEN, query, map("f", map("ownerId", owner, "sizeBand", "ENTERPRISE")))
                .body("data.accounts.edges.node.id", contains(enterprise));
        // search is case-insensitive over name and domain; % is a literal, not a wildcard
        GraphQL.post(TOKEN, query, map("f", map("ownerId", owner, "search", "WIDGETS")))
                .body("data.accounts.totalCount", equalTo(2))
                .body("data.accounts.edges.node.id", contains(small, mid));
        GraphQL.post(TOKEN, query, map("f", map("search", "MIDCO.EX")))
                .body("data.accounts.edges.node.id", contains(mid));
        GraphQL.post(TOKEN, query, map("f", map("ownerId", owner, "search", "100%")))
                .body("data.accounts.edges.node.id", contains(large));
        GraphQL.post(TOKEN, query, map("f", map("ownerId", owner, "search", "%")))
                .body("data.accounts.totalCount", equalTo(1));
        GraphQL.post(TOKEN, query, map("f", map("ownerId", owner, "industry", "Toys")))
                .body("data.accounts.edges.node.id", contains(small));
        GraphQL.post(TOKEN, query, map("f", map("ownerId", "nobody")))
                .body("data.accounts.totalCount", equalTo(0))
                .body("data.accounts.edges", hasSize(0));
    }

    @Test
    void pagesWithCursorsThroughEveryRowOnce() {
        String owner = "pager-" + Fixtures.randomId();
        List<String> created = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            created.add(Fixtures.account(TOKEN, map("name", "Page " + i, "ownerId", owner)));
        }
        String query = "query($after: String, $owner: String) { accounts(first: 2, after: $after, filter: {ownerId: $owner}) "
                + "{ totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id } } } }";
        List<String> seen = new ArrayList<>();
        String after = null;
        List<Boolean> hasNext = new ArrayList<>();
        for (int page = 0; page < 3; page++) {
            Map<String, Object> variables = map("owner", owner);
            variables.put("after", after);
            var response = GraphQL.post(TOKEN, query, variables)
                    .body("errors", nullValue())
                    .body("data.accounts.totalCount", equalTo(5))
                    .extract();
            List<String> ids = response.path("data.accounts.edges.node.id");
            List<String> cursors = response.path("data.accounts.edges.cursor");
            seen.addAll(ids);
            hasNext.add(response.path("data.accounts.pageInfo.hasNextPage"));
            after = response.path("data.accounts.pageInfo.endCursor");
            assertEquals(cursors.get(cursors.size() - 1), after);
        }
        assertEquals(created, seen);
        assertEquals(List.of(true, true, false), hasNext);

        // an empty page after the last row
        GraphQL.post(TOKEN, query, map("owner", owner, "after", after))
                .body("data.accounts.edges", hasSize(0))
                .body("data.accounts.pageInfo.hasNextPage", equalTo(false))
                .body("data.accounts.pageInfo.endCursor", nullValue());
        // first: 0 counts without rows
        GraphQL.post(TOKEN, "query($owner: String) { accounts(first: 0, filter: {ownerId: $owner}) { totalCount "
                + "pageInfo { hasNextPage } edges { cursor } } }", map("owner", owner))
                .body("data.accounts.totalCount", equalTo(5))
                .body("data.accounts.edges", hasSize(0))
                .body("data.accounts.pageInfo.hasNextPage", equalTo(true));
    }

    @Test
    void nestedStakeholdersAndOpportunitiesOfAnAccount() {
        String account = Fixtures.account(TOKEN, "Nested Co");
        String anna = Fixtures.stakeholder(TOKEN, account, "Anna Active");
        String lena = Fixtures.stakeholder(TOKEN, account, "Lena Left");
        Fixtures.ok(TOKEN, "mutation($id: ID!) { markStakeholderLeft(id: $id, leftAt: \"2026-01-31\") { id } }",
                map("id", lena), "data.markStakeholderLeft.id");
        String deal = Fixtures.opportunity(TOKEN, account, "Nested deal");
        var extracted = GraphQL.post(TOKEN, "query($id: ID!) { account(id: $id) { "
                + "stakeholders(first: 1) { totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } "
                + "opportunities { totalCount edges { node { id name account { id } } } } } }", map("id", account))
                .body("errors", nullValue())
                .body("data.account.stakeholders.totalCount", equalTo(2))
                .body("data.account.stakeholders.pageInfo.hasNextPage", equalTo(true))
                .body("data.account.stakeholders.edges.node.id", contains(anna))
                .body("data.account.opportunities.totalCount", equalTo(1))
                .body("data.account.opportunities.edges.node.id", contains(deal))
                .body("data.account.opportunities.edges.node.account.id", contains(account))
                .extract();
        GraphQL.post(TOKEN, "query($id: ID!) { account(id: $id) { stakeholders(status: ACTIVE) { totalCount edges { node { id } } } } }",
                map("id", account))
                .body("data.account.stakeholders.totalCount", equalTo(1))
                .body("data.account.stakeholders.edges.node.id", contains(anna));
        GraphQL.post(TOKEN, "query($id: ID!) { account(id: $id) { stakeholders(status: LEFT_COMPANY) { edges { node { id } } } } }",
                map("id", account))
                .body("data.account.stakeholders.edges.node.id", contains(lena));
        String cursor = extracted.path("data.account.stakeholders.pageInfo.endCursor");
        assertNotNull(cursor);
        GraphQL.post(TOKEN, "query($id: ID!, $after: String) { account(id: $id) { stakeholders(first: 1, after: $after) "
                + "{ pageInfo { hasNextPage } edges { node { id } } } } }", map("id", account, "after", cursor))
                .body("data.account.stakeholders.edges.node.id", contains(lena))
                .body("data.account.stakeholders.pageInfo.hasNextPage", equalTo(false));
        assertFalse(cursor.isBlank());
    }

    /** Aliases of one nested list field with different arguments are refused rather than answered wrongly. */
    @Test
    void aliasesOfANestedFieldWithDifferentArgumentsAreRefused() {
        String account = Fixtures.account(TOKEN, "Alias Co");
        Fixtures.stakeholder(TOKEN, account, "Anna Active");
        GraphQL.post(TOKEN, "query($id: ID!) { account(id: $id) { "
                + "all: stakeholders { totalCount } active: stakeholders(status: ACTIVE) { totalCount } } }", map("id", account))
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("VALIDATION_FAILED"));
        GraphQL.post(TOKEN, "query($id: ID!) { account(id: $id) { "
                + "a: stakeholders(first: 1) { totalCount } b: stakeholders(first: 1) { totalCount } } }", map("id", account))
                .body("errors", nullValue())
                .body("data.account.a.totalCount", equalTo(1))
                .body("data.account.b.totalCount", equalTo(1));
        GraphQL.post(TOKEN, "query($id: ID!) { account(id: $id) { stakeholders(first: 1) { totalCount } "
                + "... on Account { s2: stakeholders(first: 5) { totalCount } } } }", map("id", account))
                .body("errors[0].extensions.code", equalTo("VALIDATION_FAILED"));
        GraphQL.post(TOKEN, "query { a: accounts(first: 1) { edges { node { stakeholders(first: 1) { totalCount } } } } "
                + "b: accounts(first: 1) { edges { node { ...more } } } } fragment more on Account { stakeholders(first: 2) { totalCount } }")
                .body("errors[0].extensions.code", equalTo("VALIDATION_FAILED"));
        GraphQL.post(TOKEN, "{ first: accounts(first: 1) { totalCount } all: accounts { totalCount } }")
                .body("errors", nullValue());
    }
}
