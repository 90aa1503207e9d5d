package com.decisionchain.analytics;

import static com.decisionchain.analytics.AnalyticsFixture.participant;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

import com.decisionchain.support.Tokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

@QuarkusTest
class AnalyticsRestTest {

    private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");
    private static final String AS_OF = T0.plus(3, ChronoUnit.DAYS).toString();

    @Inject
    EntityManagerFactory entityManagerFactory;

    private final String tenant = "analytics-rest-" + UUID.randomUUID().toString().substring(0, 8);
    private final String rep = Tokens.of(tenant, "rep");
    private final String viewer = Tokens.of(tenant, "viewer");
    private final AnalyticsFixture map = new AnalyticsFixture(rep);

    @Test
    void anOpportunityWithoutMembersStillGetsCoverage() {
        String account = map.account("Empty Co", 20);
        String opportunity = map.opportunity(account, "Nobody yet", "DISCOVERY", T0);
        get(viewer, "/api/v1/opportunities/" + opportunity + "/coverage?asOf=" + AS_OF)
                .statusCode(200)
                .body("score", equalTo(0.0f))
                .body("stage", equalTo("DISCOVERY"))
                .body("committeeSize", equalTo(0))
                .body("expectedSize.min", equalTo(1))
                .body("roles.status", everyItem(equalTo("MISSING")))
                .body("risks.code", hasItems("NO_DECISION_MAKER", "MISSING_ROLE", "STALE_MAP", "UNDERSIZED_COMMITTEE"))
                .body("nextActions", not(hasSize(0)))
                .body("asOf", equalTo(AS_OF))
                .body("settings.trust.windowDays", equalTo(180))
                .body("settings.coverage.roleWeights.DISCOVERY.INITIATOR", equalTo(0.25f));
    }

    @Test
    void trustWithinAnOpportunityAndAcrossDeals() {
        String account = map.account("Trust Co", 300);
        String anna = map.stakeholder(account, "Anna Li", "CFO");
        String deal = map.opportunity(account, "Deal", "EVALUATION", T0);
        String other = map.opportunity(account, "Other deal", "DISCOVERY", T0);
        map.role(deal, anna, "DECISION_MAKER", T0, "cadence: WEEKLY, evidence: SELF_CONFIRMED");
        map.interaction(deal, "EMAIL", "OUTBOUND", T0, participant(anna, "responded: true"));
        map.interaction(deal, "DEMO", "OUTBOUND", T0.plus(1, ChronoUnit.DAYS), participant(anna, "attended: true"));
        map.interaction(other, "EMAIL", "OUTBOUND", T0.plus(2, ChronoUnit.DAYS), participant(anna, "responded: false"));
        String kept = map.commitment(deal, anna, "ROI model", T0.plus(2, ChronoUnit.DAYS));
        map.resolve(kept, "KEPT", T0.plus(1, ChronoUnit.DAYS));

        get(viewer, "/api/v1/stakeholders/" + anna + "/trust?opportunityId=" + deal + "&asOf=" + AS_OF)
                .statusCode(200)
                .body("signals.outboundTouches", equalTo(2))
                .body("signals.responses", equalTo(1))
                .body("signals.meetingsInvited", equalTo(1))
                .body("signals.meetingsAttended", equalTo(1))
                .body("signals.commitmentsKept", equalTo(1))
                .body("signals.lastTwoWayAt", equalTo(T0.plus(1, ChronoUnit.DAYS).toString()))
                .body("components.responseRate", equalTo(0.5f))
                .body("components.commitmentReliability", equalTo(2f / 3))
                .body("level", notNullValue())
                .body("trend30d", notNullValue())
                .body("asOf", equalTo(AS_OF))
                .body("settings.trust.weights.responseRate", equalTo(0.3f))
                .body("email", nullValue());
        get(viewer, "/api/v1/stakeholders/" + anna + "/trust?asOf=" + AS_OF)
                .statusCode(200)
                .body("signals.outboundTouches", equalTo(3))
                .body("signals.responses", equalTo(1));
    }

    @Test
    void badAsOfAndUnknownIdsAreRejected() {
        String account = map.account("Edge Co", 10);
        String person = map.stakeholder(account, "Bo Chen", "CTO");
        String opportunity = map.opportunity(account, "Edge deal", "DISCOVERY", T0);
        problem(get(viewer, "/api/v1/opportunities/" + opportunity + "/coverage?asOf=yesterday"), 400, "VALIDATION_FAILED")
                .body("errors[0].field", equalTo("asOf"));
        problem(get(viewer, "/api/v1/stakeholders/" + person + "/trust?asOf="
                + Instant.now().plus(3, ChronoUnit.DAYS)), 400, "VALIDATION_FAILED");
        get(viewer, "/api/v1/opportunities/" + opportunity + "/coverage?asOf="
                + Instant.now().plus(1, ChronoUnit.HOURS)).statusCode(200);
        problem(get(viewer, "/api/v1/opportunities/" + UUID.randomUUID() + "/coverage"), 404, "NOT_FOUND");
        problem(get(viewer, "/api/v1/opportunities/not-a-uuid/coverage"), 404, "NOT_FOUND");
        problem(get(viewer, "/api/v1/stakeholders/" + UUID.randomUUID() + "/trust"), 404, "NOT_FOUND");
        problem(get(viewer, "/api/v1/stakeholders/" + person + "/trust?opportunityId=" + UUID.randomUUID()), 404,
                "NOT_FOUND");
        problem(get(null, "/api/v1/opportunities/" + opportunity + "/coverage"), 401, "UNAUTHENTICATED");
    }

    @Test
    void anotherTenantsIdsAreNotFound() {
        String account = map.account("Private Co", 10);
        String person = map.stakeholder(account, "Cai Wen", "CEO");
        String opportunity = map.opportunity(account, "Private deal", "DISCOVERY", T0);
        String stranger = Tokens.of("analytics-other-" + UUID.randomUUID().toString().substring(0, 8), "admin");
        problem(get(stranger, "/api/v1/opportunities/" + opportunity + "/coverage"), 404, "NOT_FOUND");
        problem(get(stranger, "/api/v1/opportunities/" + opportunity + "/decision-chain.csv"), 404, "NOT_FOUND");
        problem(get(stranger, "/api/v1/stakeholders/" + person + "/trust"), 404, "NOT_FOUND");
        get(stranger, "/api/v1/coverage").statusCode(200).body("items", hasSize(0));
    }

    @Test
    void portfolioRanksRiskiestFirstAndPages() {
        String manager = Tokens.of(tenant, "manager");
        String account = map.account("Portfolio Co", 20);
        String covered = map.opportunity(account, "Covered", "DISCOVERY", T0);
        String empty = map.opportunity(account, "Empty", "DISCOVERY", T0);
        String evaluation = map.opportunity(account, "Evaluating", "EVALUATION", T0);
        String boss = map.stakeholder(account, "Dai Ming", "CEO");
        String user = map.stakeholder(account, "Eva Wu", "Ops lead");
        map.role(covered, boss, "DECISION_MAKER", T0, "cadence: MONTHLY, evidence: SELF_CONFIRMED");
        map.role(covered, user, "INITIATOR", T0, "cadence: MONTHLY, evidence: SELF_CONFIRMED");
        map.interaction(covered, "IN_PERSON_MEETING", "OUTBOUND", T0,
                participant(boss, "attended: true") + ", " + participant(user, "attended: true"));
        map.review(covered, T0);

        List<String> order = get(manager, "/api/v1/coverage?asOf=" + AS_OF).statusCode(200)
                .body("items", hasSize(3))
                .body("nextCursor", nullValue())
                .body("settings.coverage.staleMapAfterDays", equalTo(14))
                .extract().path("items.opportunityId");
        assertEquals(covered, order.get(2), "the covered deal is the least risky");
        get(manager, "/api/v1/coverage?asOf=" + AS_OF).body("items[2].topSeverity", equalTo("MEDIUM"))
                .body("items[0].topSeverity", equalTo("HIGH"))
                .body("items[0].accountName", equalTo("Portfolio Co"))
                .body("items[0].risks.code", hasItem("NO_DECISION_MAKER"));

        String cursor = get(manager, "/api/v1/coverage?first=2&asOf=" + AS_OF).body("items", hasSize(2))
                .body("items.opportunityId", equalTo(order.subList(0, 2)))
                .extract().path("nextCursor");
        get(manager, "/api/v1/coverage?first=2&after=" + cursor + "&asOf=" + AS_OF)
                .body("items.opportunityId", equalTo(order.subList(2, 3)))
                .body("nextCursor", nullValue());
        // The cursor remembers the instant its ranking was computed for.
        get(manager, "/api/v1/coverage?first=2&after=" + cursor)
                .body("asOf", equalTo(AS_OF.toString()))
                .body("items.opportunityId", equalTo(order.subList(2, 3)));

        get(manager, "/api/v1/coverage?minSeverity=HIGH&asOf=" + AS_OF)
                .body("items.opportunityId", not(hasItem(covered))).body("items", hasSize(2));
        get(manager, "/api/v1/coverage?stage=EVALUATION&asOf=" + AS_OF)
                .body("items.opportunityId", equalTo(List.of(evaluation)));
        get(manager, "/api/v1/coverage?ownerId=nobody&asOf=" + AS_OF).body("items", hasSize(0));
        problem(get(manager, "/api/v1/coverage?stage=CLOSED_WON"), 400, "VALIDATION_FAILED");
        problem(get(manager, "/api/v1/coverage?stage=SOON"), 400, "VALIDATION_FAILED");
        problem(get(manager, "/api/v1/coverage?minSeverity=EXTREME"), 400, "VALIDATION_FAILED");
        problem(get(manager, "/api/v1/coverage?after=garbage"), 400, "VALIDATION_FAILED");
        problem(get(manager, "/api/v1/coverage?first=abc"), 400, "VALIDATION_FAILED");
        problem(get(manager, "/api/v1/coverage?first=-1"), 400, "VALIDATION_FAILED");
        problem(get(manager, "/api/v1/coverage?asOf=1969-12-31T23:59:59Z"), 400, "VALIDATION_FAILED");
        assertTrue(order.contains(empty));
    }

    @Test
    void decisionChainCsvIsExcelFriendlyAndFormulaSafe() {
        String account = map.account("电商公司", 1200);
        String cfo = map.stakeholder(account, "李娜", "首席财务官");
        String hacker = map.stakeholder(account, "=HYPERLINK(\"http://x\")", "@SUM(A1)");
        String opportunity = map.opportunity(account, "E-Shop CRM", "EVALUATION", T0);
        map.role(opportunity, cfo, "DECISION_MAKER", T0,
                "cadence: BIWEEKLY, evidence: SELF_CONFIRMED, painPoints: [\"预算有限\", \"-ROI unclear\"]");
        map.role(opportunity, hacker, "USER", T0, "painPoints: [\"+1 cmd|calc\"]");
        map.interaction(opportunity, "EMAIL", "INBOUND", T0, participant(cfo, ""));

        byte[] body = given().auth().oauth2(rep).when()
                .get("/api/v1/opportunities/" + opportunity + "/decision-chain.csv?asOf=" + AS_OF)
                .then().statusCode(200)
                .contentType(containsString("text/csv"))
                .header("Content-Disposition", containsString("attachment"))
                .extract().asByteArray();
        assertEquals((byte) 0xEF, body[0]);
        assertEquals((byte) 0xBB, body[1]);
        assertEquals((byte) 0xBF, body[2]);
        String csv = new String(body, StandardCharsets.UTF_8).substring(1);
        String[] lines = csv.split("\r\n");
        assertEquals(String.join(",", DecisionChainCsv.HEADER), lines[0]);
        assertTrue(csv.contains("DECISION_MAKER,决策者 / Decision maker,"), csv);
        assertTrue(csv.contains("李娜,首席财务官,MEDIUM,UNKNOWN,预算有限; -ROI unclear,BIWEEKLY,"), csv);
        assertTrue(csv.contains("\"'=HYPERLINK(\"\"http://x\"\")\",'@SUM(A1)"), csv);
        assertTrue(csv.contains("'+1 cmd|calc"), csv);
        assertTrue(csv.contains("GATEKEEPER,守门人 / Gatekeeper,MISSING"), csv);

        problem(get(viewer, "/api/v1/opportunities/" + opportunity + "/decision-chain.csv"), 403, "FORBIDDEN");
    }

    @Test
    void settingsAreReadByManagersAndValidatedWhenAdminsChangeThem() {
        String admin = Tokens.of(tenant, "admin");
        String manager = Tokens.of(tenant, "manager");
        Map<String, Object> defaults = get(manager, "/api/v1/settings/analytics").statusCode(200)
                .body("trust.weights.recency", equalTo(0.2f))
                .body("coverage.expectedSizes.LARGE.min", equalTo(6))
                .extract().as(Map.class);
        problem(get(viewer, "/api/v1/settings/analytics"), 403, "FORBIDDEN");
        problem(put(manager, defaults), 403, "FORBIDDEN");

        String json = given().auth().oauth2(admin).get("/api/v1/settings/analytics").then().extract().asString();
        String invalid = json.replace("\"recency\":0.2", "\"recency\":0.5")
                .replace("\"windowDays\":180", "\"windowDays\":-1")
                .replace("\"INITIATOR\":0.25", "\"INITIATOR\":0.35")
                .replace("\"staleMapAfterDays\":14", "\"staleMapAfterDays\":null");
        problem(put(admin, invalid), 400, "VALIDATION_FAILED")
                .body("errors.field", hasItems("trust.weights", "trust.windowDays", "coverage.roleWeights.PROSPECTING",
                        "coverage.roleWeights.DISCOVERY", "coverage.staleMapAfterDays"));
        problem(put(admin, json.replace("\"DECISION_MAKER\":0.2,", "\"CHIEF\":0.2,")), 400, "VALIDATION_FAILED")
                .body("errors.field", hasItem("coverage.roleWeights.PROSPECTING.CHIEF"));
        problem(put(admin, "{\"trust\": 3}"), 400, "VALIDATION_FAILED").body("errors[0].field", equalTo("trust"));
        problem(put(admin, "not json"), 400, "VALIDATION_FAILED");
        problem(put(admin, json.replaceFirst("\"meetingChannels\":\\[", "\"meetingChannels\":[null,")), 400,
                "VALIDATION_FAILED").body("errors.field", hasItem("trust.meetingChannels"));
        get(admin, "/api/v1/settings/analytics").body("trust.windowDays", equalTo(180));

        put(admin, json.replace("\"staleMapAfterDays\":14", "\"staleMapAfterDays\":60")).statusCode(200)
                .body("coverage.staleMapAfterDays", equalTo(60));
        String account = map.account("Settings Co", 10);
        String opportunity = map.opportunity(account, "Fresh map", "DISCOVERY", T0);
        map.review(opportunity, T0);
        get(viewer, "/api/v1/opportunities/" + opportunity + "/coverage?asOf=" + T0.plus(30, ChronoUnit.DAYS))
                .body("settings.coverage.staleMapAfterDays", equalTo(60))
                .body("risks.code", not(hasItem("STALE_MAP")));
        String stranger = Tokens.of("analytics-other-" + UUID.randomUUID().toString().substring(0, 8), "admin");
        get(stranger, "/api/v1/settings/analytics").body("coverage.staleMapAfterDays", equalTo(14));
    }

    @Test
    void statementCountOfOneCoverageDoesNotGrowWithMembers() {
        String account = map.account("Count Co", 20000);
        String small = committee(account, 5);
        String large = committee(account, 50);
        get(viewer, "/api/v1/opportunities/" + small + "/coverage?asOf=" + AS_OF).statusCode(200);
        long five = statementsFor("/api/v1/opportunities/" + small + "/coverage?asOf=" + AS_OF);
        long fifty = statementsFor("/api/v1/opportunities/" + large + "/coverage?asOf=" + AS_OF);
        assertEquals(five, fifty, "statements for 5 members vs 50 members");
        assertTrue(five > 0 && five <= 10, "a handful of statements, was " + five);
    }

    private String committee(String account, int members) {
        String opportunity = map.opportunity(account, "Committee of " + members, "EVALUATION", T0);
        String[] roles = {"INITIATOR", "USER", "INFLUENCER", "DECISION_MAKER", "BUYER", "GATEKEEPER"};
        String previous = null;
        for (int i = 0; i < members; i++) {
            String person = map.stakeholder(account, "Member " + members + "-" + i, "Title " + i);
            map.role(opportunity, person, roles[i % roles.length], T0, "cadence: MONTHLY, evidence: SELF_CONFIRMED");
            map.interaction(opportunity, "VIDEO_MEETING", "OUTBOUND", T0.plus(1, ChronoUnit.DAYS),
                    participant(person, "attended: true, responded: true"));
            if (previous != null) {
                map.relationship("ALLY", previous, person, T0);
            }
            previous = person;
        }
        return opportunity;
    }

    private long statementsFor(String path) {
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.clear();
        get(viewer, path).statusCode(200);
        return statistics.getPrepareStatementCount();
    }

    private static ValidatableResponse get(String token, String path) {
        var request = given();
        if (token != null) {
            request = request.auth().oauth2(token);
        }
        return request.when().get(path).then();
    }

    private static ValidatableResponse put(String token, Object body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .when().put("/api/v1/settings/analytics").then();
    }

    private static ValidatableResponse problem(ValidatableResponse response, int status, String code) {
        return response.statusCode(status).contentType(containsString("application/problem+json"))
                .body("code", equalTo(code));
    }
}
