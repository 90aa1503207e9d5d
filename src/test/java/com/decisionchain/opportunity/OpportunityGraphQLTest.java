package com.decisionchain.opportunity;

import static com.decisionchain.support.Fixtures.map;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.Test;

import com.decisionchain.support.Fixtures;
import com.decisionchain.support.GraphQL;
import com.decisionchain.support.Tokens;

import io.quarkus.test.junit.QuarkusTest;

/** Opportunities: creation with an opening date, dated stage changes, map reviews and filters. */
@QuarkusTest
class OpportunityGraphQLTest {

    private static final String TOKEN = Tokens.of(Fixtures.newTenant(), "rep");
    private static final String FIELDS = "id account { id } name stage amount currency expectedCloseDate ownerId "
            + "mapReviewedAt version createdAt updatedAt stageHistory { stage at }";
    private static final String UPDATE = "mutation($id: ID!, $input: OpportunityPatch!, $v: Int) { "
            + "updateOpportunity(id: $id, input: $input, expectedVersion: $v) { " + FIELDS + " } }";

    @Test
    void createsWithOpenedAtAndRecordsStageHistory() {
        String account = Fixtures.account(TOKEN, "Deal Co");
        String id = GraphQL.post(TOKEN, "mutation($input: OpportunityInput!) { createOpportunity(input: $input) { "
                + FIELDS + " } }", map("input", map("accountId", account, "name", "CRM rollout", "amount", "250000.50",
                        "currency", "EUR", "expectedCloseDate", "2026-09-30", "ownerId", "rep-7",
                        "openedAt", "2026-01-05T09:00:00Z")))
                .body("errors", nullValue())
                .body("data.createOpportunity.account.id", equalTo(account))
                .body("data.createOpportunity.name", equalTo("CRM rollout"))
                .body("data.createOpportunity.stage", equalTo("PROSPECTING"))
                .body("data.createOpportunity.amount", equalTo(250000.50f))
                .body("data.createOpportunity.currency", equalTo("EUR"))
                .body("data.createOpportunity.expectedCloseDate", equalTo("2026-09-30"))
                .body("data.createOpportunity.ownerId", equalTo("rep-7"))
                .body("data.createOpportunity.mapReviewedAt", nullValue())
                .body("data.createOpportunity.version", equalTo(0))
                .body("data.createOpportunity.stageHistory", hasSize(1))
                .body("data.createOpportunity.stageHistory[0].stage", equalTo("PROSPECTING"))
                .body("data.createOpportunity.stageHistory[0].at", equalTo("2026-01-05T09:00:00Z"))
                .extract().path("data.createOpportunity.id");

        GraphQL.post(TOKEN, UPDATE, map("id", id, "v", 0, "input", map("stage", "DISCOVERY",
                "effectiveAt", "2026-02-01T00:00:00Z")))
                .body("errors", nullValue())
                .body("data.updateOpportunity.stage", equalTo("DISCOVERY"))
                .body("data.updateOpportunity.version", equalTo(1))
                .body("data.updateOpportunity.stageHistory.stage", contains("PROSPECTING", "DISCOVERY"))
                .body("data.updateOpportunity.stageHistory.at", contains("2026-01-05T09:00:00Z", "2026-02-01T00:00:00Z"));
        // a stage change cannot be dated before the previous one
        GraphQL.post(TOKEN, UPDATE, map("id", id, "input", map("stage", "EVALUATION", "effectiveAt", "2026-01-10T00:00:00Z")))
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("VALIDATION_FAILED"))
                .body("errors[0].extensions.errors[0].field", equalTo("input.effectiveAt"));
        // a stale version is a conflict and changes nothing
        GraphQL.post(TOKEN, UPDATE, map("id", id, "v", 0, "input", map("stage", "EVALUATION")))
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("CONFLICT"));
        // a non-stage change keeps the history
        GraphQL.post(TOKEN, UPDATE, map("id", id, "v", 1, "input", map("amount", 300000, "name", "CRM rollout II")))
                .body("errors", nullValue())
                .body("data.updateOpportunity.amount", equalTo(300000))
                .body("data.updateOpportunity.name", equalTo("CRM rollout II"))
                .body("data.updateOpportunity.stage", equalTo("DISCOVERY"))
                .body("data.updateOpportunity.stageHistory", hasSize(2))
                .body("data.updateOpportunity.version", equalTo(2));
        GraphQL.post(TOKEN, UPDATE, map("id", id, "v", 2, "input", map("stage", "CLOSED_WON",
                "effectiveAt", "2026-03-01T12:00:00Z")))
                .body("data.updateOpportunity.stageHistory.stage", contains("PROSPECTING", "DISCOVERY", "CLOSED_WON"))
                .body("data.updateOpportunity.stageHistory[2].at", equalTo("2026-03-01T12:00:00Z"));
    }

    @Test
    void reviewDecisionMapRecordsTheInstant() {
        String id = Fixtures.opportunity(TOKEN, Fixtures.account(TOKEN, "Review Co"), "Review deal");
        GraphQL.post(TOKEN, "mutation($id: ID!) { reviewDecisionMap(opportunityId: $id, at: \"2026-04-01T08:00:00Z\") "
                + "{ id mapReviewedAt } }", map("id", id))
                .body("errors", nullValue())
                .body("data.reviewDecisionMap.id", equalTo(id))
                .body("data.reviewDecisionMap.mapReviewedAt", equalTo("2026-04-01T08:00:00Z"));
        GraphQL.post(TOKEN, "mutation($id: ID!) { reviewDecisionMap(opportunityId: $id) { mapReviewedAt } }", map("id", id))
                .body("errors", nullValue())
                .body("data.reviewDecisionMap.mapReviewedAt", notNullValue());
        GraphQL.post(TOKEN, "query($id: ID!) { opportunity(id: $id) { mapReviewedAt } }", map("id", id))
                .body("data.opportunity.mapReviewedAt", org.hamcrest.Matchers.not(equalTo("2026-04-01T08:00:00Z")));
    }

    @Test
    void filtersByAccountStageOwnerAndOpenOnly() {
        String account = Fixtures.account(TOKEN, "Filter Deals Co");
        String owner = "owner-" + Fixtures.randomId();
        String open = Fixtures.opportunity(TOKEN, map("accountId", account, "name", "Open", "ownerId", owner));
        String negotiating = Fixtures.opportunity(TOKEN, map("accountId", account, "name", "Negotiating",
                "stage", "NEGOTIATION", "ownerId", owner));
        String won = Fixtures.opportunity(TOKEN, map("accountId", account, "name", "Won", "stage", "CLOSED_WON",
                "ownerId", owner));
        String lost = Fixtures.opportunity(TOKEN, map("accountId", account, "name", "Lost", "stage", "CLOSED_LOST"));
        Fixtures.opportunity(TOKEN, Fixtures.account(TOKEN, "Other Deals Co"), "Elsewhere");

        String query = "query($f: OpportunityFilter) { opportunities(filter: $f) { totalCount edges { node { id } } } }";
        GraphQL.post(TOKEN, query, map("f", map("accountId", account)))
                .body("data.opportunities.totalCount", equalTo(4))
                .body("data.opportunities.edges.node.id", contains(open, negotiating, won, lost));
        GraphQL.post(TOKEN, query, map("f", map("accountId", account, "openOnly", true)))
                .body("data.opportunities.totalCount", equalTo(2))
                .body("data.opportunities.edges.node.id", contains(open, negotiating));
        GraphQL.post(TOKEN, query, map("f", map("accountId", account, "openOnly", false)))
                .body("data.opportunities.totalCount", equalTo(4));
        GraphQL.post(TOKEN, query, map("f", map("accountId", account, "stage", "CLOSED_LOST")))
                .body("data.opportunities.edges.node.id", contains(lost));
        GraphQL.post(TOKEN, query, map("f", map("ownerId", owner)))
                .body("data.opportunities.edges.node.id", contains(open, negotiating, won));
        GraphQL.post(TOKEN, query, map("f", map("ownerId", owner, "openOnly", true, "stage", "NEGOTIATION")))
                .body("data.opportunities.edges.node.id", contains(negotiating));
        GraphQL.post(TOKEN, "query { opportunities(first: 1) { totalCount pageInfo { hasNextPage } edges { node { id } } } }")
                .body("data.opportunities.totalCount", equalTo(5))
                .body("data.opportunities.edges", hasSize(1))
                .body("data.opportunities.pageInfo.hasNextPage", equalTo(true));
    }
}
