package com.decisionchain.analytics;

import static com.decisionchain.analytics.AnalyticsFixture.participant;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.decisionchain.support.GraphQL;
import com.decisionchain.support.Tokens;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class AnalyticsGraphQLTest {

    /** Recent, because committee members' fields are as of now and look back over the analysis window only. */
    private static final Instant T0 = Instant.now().minus(10, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);

    private final String tenant = "analytics-gql-" + UUID.randomUUID().toString().substring(0, 8);
    private final String rep = Tokens.of(tenant, "rep");
    private final String viewer = Tokens.of(tenant, "viewer");
    private final AnalyticsFixture map = new AnalyticsFixture(rep);

    @Test
    void coverageTrustAndTouchRhythmOnTheDomainTypes() {
        String account = map.account("GQL Co", 300);
        String cfo = map.stakeholder(account, "Fang Yu", "CFO");
        String it = map.stakeholder(account, "Gao Lei", "IT lead");
        String opportunity = map.opportunity(account, "GQL deal", "DISCOVERY", T0);
        map.role(opportunity, cfo, "DECISION_MAKER", T0, "cadence: BIWEEKLY, evidence: SELF_CONFIRMED");
        map.role(opportunity, it, "INITIATOR", T0, "cadence: WEEKLY, evidence: ASSUMED");
        Instant touch = T0.plus(1, ChronoUnit.DAYS);
        map.interaction(opportunity, "DEMO", "OUTBOUND", touch,
                participant(cfo, "attended: true") + ", " + participant(it, "attended: true"));
        String asOf = T0.plus(3, ChronoUnit.DAYS).toString();

        GraphQL.post(viewer, "{ opportunity(id: \"" + opportunity + "\") { coverage(asOf: \"" + asOf + "\") {"
                + " score stage committeeSize expectedSize { min max } asOf"
                + " roles { role weight status members { id role stakeholder { fullName email } } }"
                + " risks { code severity message stakeholderIds }"
                + " nextActions { code priority description stakeholderId path } } } }")
                .statusCode(200)
                .body("errors", nullValue())
                .body("data.opportunity.coverage.stage", equalTo("DISCOVERY"))
                .body("data.opportunity.coverage.committeeSize", equalTo(2))
                .body("data.opportunity.coverage.expectedSize.min", equalTo(3))
                .body("data.opportunity.coverage.asOf", equalTo(asOf))
                .body("data.opportunity.coverage.roles.find { it.role == 'DECISION_MAKER' }.members[0].stakeholder.fullName",
                        equalTo("Fang Yu"))
                .body("data.opportunity.coverage.roles.find { it.role == 'DECISION_MAKER' }.members[0].stakeholder.email",
                        nullValue())
                .body("data.opportunity.coverage.roles.find { it.role == 'INITIATOR' }.status", equalTo("IDENTIFIED"))
                .body("data.opportunity.coverage.risks.code", hasItems("UNVERIFIED_ROLES", "STALE_MAP"))
                .body("data.opportunity.coverage.risks.find { it.code == 'UNVERIFIED_ROLES' }.stakeholderIds",
                        equalTo(List.of(it)));

        GraphQL.post(viewer, "{ opportunity(id: \"" + opportunity + "\") { committee { stakeholder { id }"
                + " trust { score level components { responseRate recency } signals { meetingsAttended lastTwoWayAt } asOf }"
                + " lastTouchAt nextTouchDueAt } } }")
                .statusCode(200)
                .body("errors", nullValue())
                .body("data.opportunity.committee", hasSize(2))
                .body("data.opportunity.committee.find { it.stakeholder.id == '" + cfo + "' }.lastTouchAt",
                        equalTo(touch.toString()))
                .body("data.opportunity.committee.find { it.stakeholder.id == '" + cfo + "' }.nextTouchDueAt",
                        equalTo(touch.plus(14, ChronoUnit.DAYS).toString()))
                .body("data.opportunity.committee.find { it.stakeholder.id == '" + it + "' }.nextTouchDueAt",
                        equalTo(touch.plus(7, ChronoUnit.DAYS).toString()))
                .body("data.opportunity.committee[0].trust.signals.meetingsAttended", equalTo(1))
                .body("data.opportunity.committee[0].trust.level", notNullValue());

        GraphQL.post(viewer, "{ stakeholder(id: \"" + cfo + "\") { trust(opportunityId: \"" + opportunity
                + "\", asOf: \"" + asOf + "\") { score level trend30d signals { meetingsInvited meetingsAttended"
                + " lastTwoWayAt } components { attendanceRate } } } }")
                .statusCode(200)
                .body("errors", nullValue())
                .body("data.stakeholder.trust.signals.meetingsInvited", equalTo(1))
                .body("data.stakeholder.trust.signals.lastTwoWayAt", equalTo(touch.toString()))
                .body("data.stakeholder.trust.components.attendanceRate", equalTo(2f / 3));
    }

    @Test
    void aLastTouchBeforeTheAnalysisWindowIsStillTheLastTouch() {
        String account = map.account("Old Touch Co", 40);
        String buyer = map.stakeholder(account, "Han Mei", "Buyer");
        Instant opened = Instant.now().minus(400, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        String opportunity = map.opportunity(account, "Slow deal", "DISCOVERY", opened);
        map.role(opportunity, buyer, "BUYER", opened, "cadence: QUARTERLY, evidence: SELF_CONFIRMED");
        Instant longAgo = opened.plus(100, ChronoUnit.DAYS);
        map.interaction(opportunity, "EMAIL", "INBOUND", longAgo, participant(buyer, "responded: true"));

        GraphQL.post(viewer, "{ opportunity(id: \"" + opportunity + "\") { committee { lastTouchAt nextTouchDueAt } } }")
                .statusCode(200)
                .body("errors", nullValue())
                .body("data.opportunity.committee[0].lastTouchAt", equalTo(longAgo.toString()))
                .body("data.opportunity.committee[0].nextTouchDueAt", equalTo(longAgo.plus(90, ChronoUnit.DAYS).toString()));
    }

    @Test
    void badArgumentsHaveStableCodes() {
        String account = map.account("GQL Edge", 10);
        String person = map.stakeholder(account, "Hu Jun", "COO");
        String opportunity = map.opportunity(account, "Edge", "DISCOVERY", T0);
        GraphQL.post(viewer, "{ stakeholder(id: \"" + person + "\") { trust(asOf: \""
                + Instant.now().plus(5, ChronoUnit.DAYS) + "\") { score } } }")
                .body("errors[0].extensions.code", equalTo("VALIDATION_FAILED"));
        GraphQL.post(viewer, "{ opportunity(id: \"" + opportunity + "\") { coverage(asOf: \"soon\") { score } } }")
                .body("errors[0].extensions.code", equalTo("VALIDATION_FAILED"));
        GraphQL.post(viewer, "{ stakeholder(id: \"" + person + "\") { trust(opportunityId: \"" + UUID.randomUUID()
                + "\") { score } } }")
                .body("errors[0].extensions.code", equalTo("NOT_FOUND"));
        String other = map.account("Other account", 10);
        String elsewhere = map.opportunity(other, "Elsewhere", "DISCOVERY", T0);
        GraphQL.post(viewer, "{ stakeholder(id: \"" + person + "\") { trust(opportunityId: \"" + elsewhere
                + "\") { score } } }")
                .body("errors[0].extensions.code", equalTo("VALIDATION_FAILED"));
        String stranger = Tokens.of("analytics-gql-other-" + UUID.randomUUID().toString().substring(0, 8), "viewer");
        GraphQL.post(stranger, "{ stakeholder(id: \"" + person + "\") { trust { score } } }")
                .body("data.stakeholder", nullValue());
        GraphQL.post(stranger, "{ stakeholder(id: \"" + UUID.randomUUID() + "\") { id } } ")
                .body("data.stakeholder", nullValue());
    }
}
