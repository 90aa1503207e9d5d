package com.decisionchain.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Inject;

import org.hibernate.SessionFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.decisionchain.support.Fixtures;
import com.decisionchain.support.GraphQL;
import com.decisionchain.support.Tokens;

import io.quarkus.test.junit.QuarkusTest;

/** Nested GraphQL fields resolve in batches: the SQL statements of a query do not grow with its rows. */
@QuarkusTest
class StatementCountTest {

    private static final String TENANT = Fixtures.newTenant();
    private static final String TOKEN = Tokens.of(TENANT, "rep");
    private static final int PEOPLE = 100;
    private static final String DEEP_QUERY = """
            query($account: ID!, $first: Int!) {
              stakeholders(first: $first, filter: {accountId: $account}) { totalCount edges { node {
                fullName
                account { name externalIds { system value } }
                reportsTo { fullName } directReports { fullName }
                relationships { type from { fullName } to { fullName } }
                committeeMemberships { role stakeholder { fullName }
                  opportunity { name stageHistory { stage } commitments { status } committee { role } } }
                interactions(first: 5) { totalCount edges { node { channel account { name } opportunity { name }
                  participants { invited stakeholder { fullName } } } } }
              } } }
              accounts(first: $first) { edges { node { name
                stakeholders(first: $first) { totalCount edges { node { fullName } } }
                opportunities { edges { node { name interactions(first: $first) { totalCount edges { node { id } } } } } }
              } } }
            }""";

    @Inject
    SessionFactory sessionFactory;

    private static String account;

    @BeforeEach
    void aHundredPeopleWithRolesTouchesAndRelationships() {
        if (account != null) {
            return;
        }
        account = Fixtures.account(TOKEN, Fixtures.map("name", "Count Co", "externalIds",
                List.of(Fixtures.map("system", "CRM", "value", "count-1"))));
        String deal = Fixtures.opportunity(TOKEN, account, "Count deal");
        List<String> people = new ArrayList<>();
        for (int batch = 0; batch < PEOPLE / 25; batch++) {
            StringBuilder mutation = new StringBuilder("mutation($a: ID!) {");
            for (int i = 0; i < 25; i++) {
                mutation.append(" p").append(i).append(": createStakeholder(input: {accountId: $a, fullName: \"Person ")
                        .append(batch * 25 + i).append("\"}) { id }");
            }
            var created = GraphQL.post(TOKEN, mutation + " }", Fixtures.map("a", account))
                    .statusCode(200).body("errors", org.hamcrest.Matchers.nullValue()).extract();
            for (int i = 0; i < 25; i++) {
                people.add(created.path("data.p" + i + ".id"));
            }
        }
        StringBuilder wiring = new StringBuilder("mutation {");
        for (int i = 0; i < people.size(); i++) {
            String person = people.get(i);
            wiring.append(" r").append(i).append(": assignRole(input: {opportunityId: \"").append(deal)
                    .append("\", stakeholderId: \"").append(person).append("\", role: \"USER\"}) { id }");
            wiring.append(" i").append(i).append(": logInteraction(input: {opportunityId: \"").append(deal)
                    .append("\", channel: EMAIL, direction: OUTBOUND, occurredAt: \"2026-01-0").append(1 + i % 9)
                    .append("T10:00:00Z\", participants: [{stakeholderId: \"").append(person).append("\"}]}) { id }");
            if (i > 0) {
                wiring.append(" a").append(i).append(": addRelationship(input: {type: ALLY, fromId: \"")
                        .append(people.get(i - 1)).append("\", toId: \"").append(person).append("\"}) { id }");
                wiring.append(" u").append(i).append(": updateStakeholder(id: \"").append(person)
                        .append("\", input: {reportsToId: \"").append(people.get(0)).append("\"}) { id }");
            }
            if (i % 20 == 19 || i == people.size() - 1) {
                GraphQL.post(TOKEN, wiring + " }").statusCode(200).body("errors", org.hamcrest.Matchers.nullValue());
                wiring = new StringBuilder("mutation {");
            }
        }
    }

    @Test
    void statementsForTenAndForAHundredRowsAreTheSame() {
        long forTen = statementsFor(10);
        long forHundred = statementsFor(PEOPLE);
        assertTrue(forTen > 5, "the query runs statements at all: " + forTen);
        assertEquals(forTen, forHundred, "statements for 10 rows vs 100 rows");
    }

    private long statementsFor(int rows) {
        var statistics = sessionFactory.getStatistics();
        statistics.clear();
        int returned = GraphQL.post(TOKEN, DEEP_QUERY, Fixtures.map("account", account, "first", rows))
                .statusCode(200).body("errors", org.hamcrest.Matchers.nullValue())
                .extract().path("data.stakeholders.edges.size()");
        assertEquals(rows, returned);
        return statistics.getPrepareStatementCount();
    }
}
