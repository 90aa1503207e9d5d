package com.decisionchain.analytics;

import static com.decisionchain.analytics.AnalyticsFixture.participant;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.oneOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.decisionchain.support.Tokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/**
 * The article's E-Shop case replayed through the API with pinned business dates: the map starts with the IT lead
 * alone, grows into a committee that is met, shown a demo and promised things, and goes stale when nobody reviews it.
 */
@QuarkusTest
class EShopWalkThroughTest {

    private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

    private final String tenant = "eshop-walk-" + UUID.randomUUID().toString().substring(0, 8);
    private final String rep = Tokens.of(tenant, "rep");
    private final AnalyticsFixture map = new AnalyticsFixture(rep);

    @Test
    void coverageGrowsWithTheMapAndTrustFollowsPromises() {
        String account = map.account("E-Shop 电商", 1200);
        String opportunity = map.opportunity(account, "E-Shop 客户管理系统", "DISCOVERY", T0);

        // Day 0-2: only the IT lead (IT 主管) is known; he reached out himself.
        String itLead = map.stakeholder(account, "王磊", "IT 主管");
        map.role(opportunity, itLead, "INITIATOR", T0, "cadence: WEEKLY, evidence: SELF_CONFIRMED");
        map.interaction(opportunity, "EMAIL", "INBOUND", day(1), participant(itLead, ""));
        map.review(opportunity, T0);

        float early = coverage(opportunity, day(2))
                .body("score", lessThan(30f))
                .body("committeeSize", equalTo(1))
                .body("expectedSize.min", equalTo(6))
                .body("risks.code", hasItems("NO_DECISION_MAKER", "SINGLE_THREADED", "MISSING_ROLE",
                        "UNDERSIZED_COMMITTEE"))
                .body("risks.find { it.code == 'NO_DECISION_MAKER' }.severity", equalTo("HIGH"))
                .body("nextActions.find { it.code == 'SINGLE_THREADED' }.stakeholderId", equalTo(itLead))
                .extract().path("score");

        // Day 3-14: the map grows to the whole committee.
        String cfo = map.stakeholder(account, "李娜", "财务总监 CFO");
        String ops = map.stakeholder(account, "张伟", "运营经理");
        String architect = map.stakeholder(account, "赵敏", "系统架构师");
        String buyer = map.stakeholder(account, "陈刚", "采购经理");
        String assistant = map.stakeholder(account, "刘芳", "总经理助理");
        map.role(opportunity, cfo, "DECISION_MAKER", day(3), "cadence: BIWEEKLY, evidence: SELF_CONFIRMED,"
                + " influence: VERY_HIGH, stance: SKEPTIC, painPoints: [\"预算有限，担心投入回报\"]");
        map.role(opportunity, ops, "USER", day(3), "cadence: WEEKLY, evidence: SELF_CONFIRMED");
        map.role(opportunity, architect, "INFLUENCER", day(3), "cadence: BIWEEKLY, evidence: CROSS_VALIDATED");
        map.role(opportunity, buyer, "BUYER", day(3), "cadence: MONTHLY, evidence: SELF_CONFIRMED");
        map.role(opportunity, assistant, "GATEKEEPER", day(3), "cadence: MONTHLY, evidence: SELF_CONFIRMED");

        // The CFO doubts the budget: our first mail goes unanswered.
        map.interaction(opportunity, "EMAIL", "OUTBOUND", day(4), participant(cfo, "responded: false"));
        map.interaction(opportunity, "VIDEO_MEETING", "OUTBOUND", day(5), participant(itLead, "attended: true") + ", "
                + participant(ops, "attended: true") + ", " + participant(architect, "attended: true") + ", "
                + participant(cfo, "attended: true"));
        map.interaction(opportunity, "DEMO", "OUTBOUND", day(8), String.join(", ", participant(itLead, "attended: true"),
                participant(cfo, "attended: true"), participant(ops, "attended: true"),
                participant(architect, "attended: true"), participant(buyer, "attended: true"),
                participant(assistant, "attended: true")));
        map.interaction(opportunity, "EMAIL", "INBOUND", day(10), participant(buyer, "") + ", "
                + participant(assistant, ""));
        map.interaction(opportunity, "EMAIL", "OUTBOUND", day(12), participant(cfo, "responded: true"));
        map.interaction(opportunity, "PHONE", "OUTBOUND", day(13), participant(itLead, "responded: true"));

        // Promises: the ROI model is delivered on time, the reference call one day late.
        String roiModel = map.commitment(opportunity, cfo, "ROI 模型", day(9));
        map.resolve(roiModel, "KEPT", day(8));
        String referenceCall = map.commitment(opportunity, cfo, "参考客户电话", day(11));
        map.resolve(referenceCall, "KEPT", day(12));
        String trial = map.commitment(opportunity, itLead, "试用环境", day(7));
        map.resolve(trial, "KEPT", day(6));
        map.review(opportunity, day(14));

        float grown = coverage(opportunity, day(14))
                .body("committeeSize", equalTo(6))
                .body("roles.status", everyItem(is(oneOf("ENGAGED", "TRUSTED"))))
                .body("risks.code", not(hasItem("NO_DECISION_MAKER")))
                .body("risks.code", not(hasItem("SINGLE_THREADED")))
                .body("risks.code", not(hasItem("MISSING_ROLE")))
                .body("risks.code", not(hasItem("UNDERSIZED_COMMITTEE")))
                .body("risks.code", not(hasItem("STALE_MAP")))
                .body("risks.code", not(hasItem("GATEKEEPER_IGNORED")))
                .extract().path("score");
        assertTrue(grown >= 75 && grown > early + 50, "coverage rose from " + early + " to " + grown);

        // The CFO's doubt (1 answer to 4 touches) and the late call show in her trust; the IT lead's promises were kept.
        trust(cfo, opportunity, day(14))
                .body("signals.outboundTouches", equalTo(4))
                .body("signals.responses", equalTo(1))
                .body("signals.commitmentsKept", equalTo(1))
                .body("signals.commitmentsLate", equalTo(1))
                .body("signals.commitmentsBroken", equalTo(0))
                .body("components.responseRate", equalTo(1f / 3))
                .body("components.commitmentReliability", equalTo(0.625f));
        trust(itLead, opportunity, day(14))
                .body("signals.commitmentsKept", equalTo(1))
                .body("signals.commitmentsLate", equalTo(0))
                .body("components.commitmentReliability", equalTo(2f / 3));
        float cfoScore = trust(cfo, opportunity, day(14)).extract().path("score");
        float cfoBefore = trust(cfo, opportunity, day(10)).extract().path("score");
        assertTrue(cfoScore > cfoBefore, "trust grows as the CFO answers: " + cfoBefore + " -> " + cfoScore);

        // Exactly 14 days after the review the map is still fresh; a day later it is stale.
        coverage(opportunity, day(28)).body("risks.code", not(hasItem("STALE_MAP")));
        coverage(opportunity, day(29))
                .body("risks.code", hasItem("STALE_MAP"))
                .body("nextActions.code", hasItem("STALE_MAP"));
    }

    private ValidatableResponse coverage(String opportunity, Instant asOf) {
        return given().auth().oauth2(rep).get("/api/v1/opportunities/" + opportunity + "/coverage?asOf=" + asOf)
                .then().statusCode(200);
    }

    private ValidatableResponse trust(String stakeholder, String opportunity, Instant asOf) {
        return given().auth().oauth2(rep)
                .get("/api/v1/stakeholders/" + stakeholder + "/trust?opportunityId=" + opportunity + "&asOf=" + asOf)
                .then().statusCode(200);
    }

    private static Instant day(int n) {
        return T0.plus(n, ChronoUnit.DAYS);
    }
}
