package com.decisionchain.interaction;

import static com.decisionchain.support.Fixtures.map;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.decisionchain.support.Fixtures;
import com.decisionchain.support.GraphQL;
import com.decisionchain.support.Tokens;

import io.quarkus.test.junit.QuarkusTest;

/** Touchpoints with their participants, the timelines of deals and people, and the commitment ledger. */
@QuarkusTest
class InteractionGraphQLTest {

    private static final String TOKEN = Tokens.of(Fixtures.newTenant(), "rep");
    private static final String LOG = "mutation($input: InteractionInput!) { logInteraction(input: $input) { id account { id } "
            + "opportunity { id } channel direction occurredAt subject summary outcome assets createdAt "
            + "participants { stakeholder { id } invited attended responded } } }";
    private static final String RESOLVE = "mutation($id: ID!, $s: CommitmentStatus!, $at: DateTime) { "
            + "resolveCommitment(id: $id, status: $s, resolvedAt: $at) { id status resolvedAt dueAt } }";

    @Test
    void logsAnInteractionWithParticipants() {
        String account = Fixtures.account(TOKEN, "Touch Co");
        String cto = Fixtures.stakeholder(TOKEN, account, "Cto");
        String cfo = Fixtures.stakeholder(TOKEN, account, "Cfo");
        String deal = Fixtures.opportunity(TOKEN, account, "Touch deal");

        GraphQL.post(TOKEN, LOG, map("input", map("opportunityId", deal, "channel", "VIDEO_MEETING", "direction", "OUTBOUND",
                "occurredAt", "2026-02-03T10:00:00Z", "subject", "Demo", "summary", "Went well", "outcome", "POSITIVE",
                "assets", List.of("CASE_STUDY", "ROI_MODEL", "CASE_STUDY"),
                "participants", List.of(map("stakeholderId", cto, "attended", true, "responded", true),
                        map("stakeholderId", cfo, "invited", true, "attended", false)))))
                .body("errors", nullValue())
                // the account follows from the opportunity
                .body("data.logInteraction.account.id", equalTo(account))
                .body("data.logInteraction.opportunity.id", equalTo(deal))
                .body("data.logInteraction.channel", equalTo("VIDEO_MEETING"))
                .body("data.logInteraction.direction", equalTo("OUTBOUND"))
                .body("data.logInteraction.occurredAt", equalTo("2026-02-03T10:00:00Z"))
                .body("data.logInteraction.subject", equalTo("Demo"))
                .body("data.logInteraction.summary", equalTo("Went well"))
                .body("data.logInteraction.outcome", equalTo("POSITIVE"))
                .body("data.logInteraction.assets", contains("CASE_STUDY", "ROI_MODEL"))
                .body("data.logInteraction.createdAt", notNullValue())
                .body("data.logInteraction.participants", hasSize(2))
                .body("data.logInteraction.participants.find { it.stakeholder.id == '" + cto + "' }.attended", equalTo(true))
                .body("data.logInteraction.participants.find { it.stakeholder.id == '" + cto + "' }.responded", equalTo(true))
                .body("data.logInteraction.participants.find { it.stakeholder.id == '" + cto + "' }.invited", equalTo(true))
                .body("data.logInteraction.participants.find { it.stakeholder.id == '" + cfo + "' }.attended", equalTo(false))
                .body("data.logInteraction.participants.find { it.stakeholder.id == '" + cfo + "' }.responded", nullValue());

        // by account only: no opportunity; invited defaults to true
        GraphQL.post(TOKEN, LOG, map("input", map("accountId", account, "channel", "EMAIL", "direction", "INBOUND",
                "occurredAt", "2026-02-04T10:00:00Z", "participants", List.of(map("stakeholderId", cfo, "invited", false)))))
                .body("errors", nullValue())
                .body("data.logInteraction.account.id", equalTo(account))
                .body("data.logInteraction.opportunity", nullValue())
                .body("data.logInteraction.assets", hasSize(0))
                .body("data.logInteraction.participants[0].invited", equalTo(false))
                .body("data.logInteraction.participants[0].attended", nullValue());
    }

    @Test
    void refusesInconsistentInteractions() {
        String account = Fixtures.account(TOKEN, "Refuse Co");
        String person = Fixtures.stakeholder(TOKEN, account, "Person");
        String stranger = Fixtures.stakeholder(TOKEN, Fixtures.account(TOKEN, "Stranger Co"), "Stranger");
        String deal = Fixtures.opportunity(TOKEN, account, "Refuse deal");
        String otherAccount = Fixtures.account(TOKEN, "Refuse Other Co");
        String base = "\"channel\": \"EMAIL\"";
        assert base.length() > 0;

        GraphQL.post(TOKEN, LOG, map("input", map("channel", "EMAIL", "direction", "OUTBOUND",
                "occurredAt", "2026-02-01T00:00:00Z", "participants", List.of(map("stakeholderId", person)))))
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("VALIDATION_FAILED"));
        GraphQL.post(TOKEN, LOG, map("input", map("accountId", account, "channel", "EMAIL", "direction", "OUTBOUND",
                "occurredAt", "2026-02-01T00:00:00Z", "participants", List.of(map("stakeholderId", stranger)))))
                .body("errors[0].extensions.code", equalTo("VALIDATION_FAILED"))
                .body("errors[0].extensions.errors[0].field", equalTo("input.participants[0].stakeholderId"));
        GraphQL.post(TOKEN, LOG, map("input", map("accountId", account, "channel", "EMAIL", "direction", "OUTBOUND",
                "occurredAt", "2026-02-01T00:00:00Z", "participants", List.of(map("stakeholderId", person),
                        map("stakeholderId", person)))))
                .body("errors[0].extensions.code", equalTo("VALIDATION_FAILED"));
        GraphQL.post(TOKEN, LOG, map("input", map("accountId", otherAccount, "opportunityId", deal, "channel", "EMAIL",
                "direction", "OUTBOUND", "occurredAt", "2026-02-01T00:00:00Z",
                "participants", List.of(map("stakeholderId", person)))))
                .body("errors[0].extensions.code", equalTo("VALIDATION_FAILED"));
        GraphQL.post(TOKEN, LOG, map("input", map("accountId", account, "channel", "EMAIL", "direction", "OUTBOUND",
                "occurredAt", "2026-02-01T00:00:00Z", "participants", List.of())))
                .body("errors[0].extensions.code", equalTo("VALIDATION_FAILED"));
        // nothing was logged
        GraphQL.post(TOKEN, "query($o: ID!, $s: ID!) { opportunity(id: $o) { interactions { totalCount } } "
                + "stakeholder(id: $s) { interactions { totalCount } } }", map("o", deal, "s", person))
                .body("data.opportunity.interactions.totalCount", equalTo(0))
                .body("data.stakeholder.interactions.totalCount", equalTo(0));
    }

    @Test
    void timelinesOfOpportunitiesAndStakeholdersAreNewestFirst() {
        String account = Fixtures.account(TOKEN, "Timeline Co");
        String anna = Fixtures.stakeholder(TOKEN, account, "Anna");
        String bob = Fixtures.stakeholder(TOKEN, account, "Bob");
        String deal = Fixtures.opportunity(TOKEN, account, "Timeline deal");
        String march = Fixtures.interaction(TOKEN, map("opportunityId", deal, "channel", "PHONE", "direction", "OUTBOUND",
                "occurredAt", "2026-03-01T00:00:00Z", "participants", List.of(map("stakeholderId", anna))));
        String january = Fixtures.interaction(TOKEN, map("opportunityId", deal, "channel", "EMAIL", "direction", "OUTBOUND",
                "occurredAt", "2026-01-01T00:00:00Z", "participants", List.of(map("stakeholderId", anna),
                        map("stakeholderId", bob))));
        String february = Fixtures.interaction(TOKEN, map("opportunityId", deal, "channel", "DEMO", "direction", "OUTBOUND",
                "occurredAt", "2026-02-01T00:00:00Z", "participants", List.of(map("stakeholderId", bob))));
        String accountOnly = Fixtures.interaction(TOKEN, map("accountId", account, "channel", "EVENT", "direction", "INBOUND",
                "occurredAt", "2026-04-01T00:00:00Z", "participants", List.of(map("stakeholderId", anna))));

        GraphQL.post(TOKEN, "query($o: ID!) { opportunity(id: $o) { interactions { totalCount edges { node { id } } } } }",
                map("o", deal))
                .body("errors", nullValue())
                .body("data.opportunity.interactions.totalCount", equalTo(3))
                .body("data.opportunity.interactions.edges.node.id", contains(march, february, january));
        GraphQL.post(TOKEN, "query($a: ID!, $b: ID!) { a: stakeholder(id: $a) { interactions { totalCount edges { node { id } } } } "
                + "b: stakeholder(id: $b) { interactions { totalCount edges { node { id } } } } }", map("a", anna, "b", bob))
                .body("errors", nullValue())
                .body("data.a.interactions.totalCount", equalTo(3))
                .body("data.a.interactions.edges.node.id", contains(accountOnly, march, january))
                .body("data.b.interactions.totalCount", equalTo(2))
                .body("data.b.interactions.edges.node.id", contains(february, january));

        // paging the timeline
        var page = GraphQL.post(TOKEN, "query($o: ID!) { opportunity(id: $o) { interactions(first: 2) { "
                + "pageInfo { hasNextPage endCursor } edges { node { id } } } } }", map("o", deal))
                .body("data.opportunity.interactions.edges.node.id", contains(march, february))
                .body("data.opportunity.interactions.pageInfo.hasNextPage", equalTo(true))
                .extract();
        String cursor = page.path("data.opportunity.interactions.pageInfo.endCursor");
        GraphQL.post(TOKEN, "query($o: ID!, $after: String) { opportunity(id: $o) { interactions(first: 2, after: $after) { "
                + "totalCount pageInfo { hasNextPage } edges { node { id } } } } }", map("o", deal, "after", cursor))
                .body("data.opportunity.interactions.edges.node.id", contains(january))
                .body("data.opportunity.interactions.pageInfo.hasNextPage", equalTo(false))
                .body("data.opportunity.interactions.totalCount", equalTo(3));
    }

    @Test
    void commitmentsAreAddedAndResolvedOnce() {
        String account = Fixtures.account(TOKEN, "Promise Co");
        String person = Fixtures.stakeholder(TOKEN, account, "Promisee");
        String deal = Fixtures.opportunity(TOKEN, account, "Promise deal");

        String late = GraphQL.post(TOKEN, "mutation($input: CommitmentInput!) { addCommitment(input: $input) { id party "
                + "description dueAt resolvedAt status opportunity { id } stakeholder { id } } }",
                map("input", map("opportunityId", deal, "stakeholderId", person, "description", " Send the ROI model ",
                        "dueAt", "2026-02-10T00:00:00Z")))
                .body("errors", nullValue())
                .body("data.addCommitment.party", equalTo("OURS"))
                .body("data.addCommitment.description", equalTo("Send the ROI model"))
                .body("data.addCommitment.dueAt", equalTo("2026-02-10T00:00:00Z"))
                .body("data.addCommitment.resolvedAt", nullValue())
                .body("data.addCommitment.status", equalTo("OPEN"))
                .body("data.addCommitment.opportunity.id", equalTo(deal))
                .body("data.addCommitment.stakeholder.id", equalTo(person))
                .extract().path("data.addCommitment.id");
        String onTime = Fixtures.commitment(TOKEN, map("opportunityId", deal, "description", "Share the case study",
                "dueAt", "2026-02-20T00:00:00Z", "party", "THEIRS"));
        String broken = Fixtures.commitment(TOKEN, map("opportunityId", deal, "description", "Intro to the CFO",
                "dueAt", "2026-02-25T00:00:00Z", "party", "THEIRS"));
        String open = Fixtures.commitment(TOKEN, map("opportunityId", deal, "description", "Pilot plan",
                "dueAt", "2026-03-01T00:00:00Z"));

        // KEPT after the due date is recorded as LATE
        GraphQL.post(TOKEN, RESOLVE, map("id", late, "s", "KEPT", "at", "2026-02-11T00:00:00Z"))
                .body("errors", nullValue())
                .body("data.resolveCommitment.status", equalTo("LATE"))
                .body("data.resolveCommitment.resolvedAt", equalTo("2026-02-11T00:00:00Z"));
        GraphQL.post(TOKEN, RESOLVE, map("id", onTime, "s", "KEPT", "at", "2026-02-20T00:00:00Z"))
                .body("data.resolveCommitment.status", equalTo("KEPT"));
        GraphQL.post(TOKEN, RESOLVE, map("id", broken, "s", "BROKEN", "at", "2026-03-01T00:00:00Z"))
                .body("data.resolveCommitment.status", equalTo("BROKEN"));
        // resolving twice is a conflict and keeps the first answer
        GraphQL.post(TOKEN, RESOLVE, map("id", late, "s", "KEPT", "at", "2026-02-01T00:00:00Z"))
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("CONFLICT"));
        GraphQL.post(TOKEN, RESOLVE, map("id", open, "s", "OPEN"))
                .body("errors[0].extensions.code", equalTo("VALIDATION_FAILED"));
        GraphQL.post(TOKEN, RESOLVE, map("id", Fixtures.randomId(), "s", "KEPT"))
                .body("errors[0].extensions.code", equalTo("NOT_FOUND"));

        String commitments = "query($o: ID!, $s: CommitmentStatus) { opportunity(id: $o) { commitments(status: $s) "
                + "{ id status } } }";
        GraphQL.post(TOKEN, commitments, map("o", deal))
                .body("data.opportunity.commitments.id", contains(late, onTime, broken, open))
                .body("data.opportunity.commitments.status", contains("LATE", "KEPT", "BROKEN", "OPEN"));
        GraphQL.post(TOKEN, commitments, map("o", deal, "s", "LATE"))
                .body("data.opportunity.commitments.id", contains(late));
        GraphQL.post(TOKEN, commitments, map("o", deal, "s", "OPEN"))
                .body("data.opportunity.commitments.id", contains(open));
        GraphQL.post(TOKEN, commitments, map("o", deal, "s", "CANCELLED"))
                .body("data.opportunity.commitments", hasSize(0));

        // a commitment needs an opportunity or a stakeholder, and they must match
        String add = "mutation($input: CommitmentInput!) { addCommitment(input: $input) { id } }";
        GraphQL.post(TOKEN, add, map("input", map("description", "Floating", "dueAt", "2026-03-01T00:00:00Z")))
                .body("errors[0].extensions.code", equalTo("VALIDATION_FAILED"));
        String stranger = Fixtures.stakeholder(TOKEN, Fixtures.account(TOKEN, "Stranger Promise Co"), "Stranger");
        GraphQL.post(TOKEN, add, map("input", map("opportunityId", deal, "stakeholderId", stranger,
                "description", "Mismatch", "dueAt", "2026-03-01T00:00:00Z")))
                .body("errors[0].extensions.code", equalTo("VALIDATION_FAILED"));
        GraphQL.post(TOKEN, commitments, map("o", deal))
                .body("data.opportunity.commitments", hasSize(4));
        org.hamcrest.MatcherAssert.assertThat(List.of(late, onTime), containsInAnyOrder(onTime, late));
    }
}
