package com.decisionchain.coverage;

import static com.decisionchain.coverage.DecisionMap.BEA;
import static com.decisionchain.coverage.DecisionMap.DAN;
import static com.decisionchain.coverage.DecisionMap.GUS;
import static com.decisionchain.coverage.DecisionMap.IAN;
import static com.decisionchain.coverage.DecisionMap.IVY;
import static com.decisionchain.coverage.DecisionMap.UMA;
import static com.decisionchain.trust.TrustTestData.AS_OF;
import static com.decisionchain.trust.TrustTestData.daysAgo;
import static com.decisionchain.trust.TrustTestData.inboundEmail;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.decisionchain.account.SizeBand;
import com.decisionchain.opportunity.OpportunityStage;
import com.decisionchain.opportunity.RoleEvidence;
import com.decisionchain.trust.TrustSettings;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class CoverageAnalyzerTest {

    /**
     * Initiator VERIFIED (confirmed, never touched), user IDENTIFIED (assumed), no influencer, decision maker TRUSTED
     * (trust 52.0), buyer ENGAGED (trust 45.1), and a gatekeeper who left (covers nothing).
     */
    private static DecisionMap mixedMap(OpportunityStage stage) {
        DecisionMap map = new DecisionMap();
        map.stage = stage;
        map.add(IVY, "Ivy Initiator", "INITIATOR");
        map.add(UMA, "Uma User", "USER").evidence(RoleEvidence.ASSUMED);
        map.add(DAN, "Dan Decider", "DECISION_MAKER");
        map.add(BEA, "Bea Buyer", "BUYER").evidence(RoleEvidence.CROSS_VALIDATED);
        map.add(GUS, "Gus Gate", "GATEKEEPER").leftCompanyAt(daysAgo(5));
        map.touch(inboundEmail(daysAgo(1), UMA, DAN, GUS));
        map.touch(inboundEmail(daysAgo(20), BEA));
        return map;
    }

    @Test
    void eachRoleTakesTheStatusOfItsBestCurrentMember() {
        Coverage coverage = mixedMap(OpportunityStage.DISCOVERY).analyze();

        Map<String, RoleStatus> statuses = coverage.roles().stream()
                .collect(Collectors.toMap(RoleCoverage::role, RoleCoverage::status));
        assertEquals(Map.of("INITIATOR", RoleStatus.VERIFIED, "USER", RoleStatus.IDENTIFIED,
                "INFLUENCER", RoleStatus.MISSING, "DECISION_MAKER", RoleStatus.TRUSTED,
                "BUYER", RoleStatus.ENGAGED, "GATEKEEPER", RoleStatus.MISSING), statuses);
        assertEquals(List.of("INITIATOR", "USER", "INFLUENCER", "DECISION_MAKER", "BUYER", "GATEKEEPER"),
                coverage.roles().stream().map(RoleCoverage::role).toList());
        // 100 * (0.15 + 0.10 + 0 + 0.075 + 0.20 * 0.5^(1/30)) = 52.04; the buyer's 0.5^(20/30) gives 45.10
        assertEquals(52.0, member(coverage, "DECISION_MAKER").trust().score());
        assertEquals(45.1, member(coverage, "BUYER").trust().score());
        MemberCoverage gatekeeper = member(coverage, "GATEKEEPER");
        assertTrue(gatekeeper.leftCompany());
        assertEquals(RoleStatus.MISSING, gatekeeper.status());
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
            // 100 * (0.25*0.5 + 0.20*0.25 + 0.20*0 + 0.20*1 + 0.05*0.75 + 0.10*0) = 41.25, half up
            "PROSPECTING, 41.3", "DISCOVERY, 41.3",
            // 100 * (0.10*0.5 + 0.20*0.25 + 0.25*0 + 0.25*1 + 0.10*0.75 + 0.10*0)
            "EVALUATION, 42.5",
            // 100 * (0.05*0.5 + 0.10*0.25 + 0.15*0 + 0.35*1 + 0.30*0.75 + 0.05*0)
            "NEGOTIATION, 62.5", "CLOSED_WON, 62.5", "CLOSED_LOST, 62.5"})
    void scoreWeighsRoleStatusesByStage(OpportunityStage stage, double expectedScore) {
        Coverage coverage = mixedMap(stage).analyze();

        assertEquals(expectedScore, coverage.score());
        assertEquals(stage, coverage.stage());
        assertEquals(AS_OF, coverage.asOf());
    }

    @Test
    void aHealthyMapInDiscoveryCoversEveryRoleButBuyerAndGatekeeper() {
        Coverage coverage = DecisionMap.healthy().analyze();

        assertEquals(85.0, coverage.score()); // 100 * (0.25 + 0.20 + 0.20 + 0.20) with all four TRUSTED
        assertEquals(List.of(), coverage.risks());
        assertEquals(List.of(), coverage.nextActions());
    }

    @Test
    void engagedNeedsATwoWayTouchWithinTheCadenceInterval() {
        DecisionMap withinInterval = mixedMap(OpportunityStage.DISCOVERY).untouch(BEA)
                .touch(inboundEmail(daysAgo(30), BEA));
        DecisionMap pastInterval = mixedMap(OpportunityStage.DISCOVERY).untouch(BEA)
                .touch(inboundEmail(daysAgo(30).minusSeconds(1), BEA));

        assertEquals(RoleStatus.ENGAGED, member(withinInterval.analyze(), "BUYER").status());
        assertEquals(RoleStatus.VERIFIED, member(pastInterval.analyze(), "BUYER").status());
    }

    @Test
    void anUnverifiedMemberStaysIdentifiedHoweverEngaged() {
        assertEquals(RoleStatus.IDENTIFIED, member(mixedMap(OpportunityStage.DISCOVERY).analyze(), "USER").status());
    }

    @Test
    void onlyRoleRowsCurrentAtAsOfCountAndTheCommitteeCountsPeopleOnce() {
        DecisionMap map = DecisionMap.healthy();
        map.member(IAN).valid(daysAgo(100), daysAgo(10));             // ended: replaced by the row below
        map.add(IAN, "Ian Influencer", "USER").valid(daysAgo(10), null);
        map.add(DAN, "Dan Decider", "BUYER").valid(AS_OF.plusSeconds(1), null);   // not assigned yet
        map.add(DAN, "Dan Decider", "INITIATOR");                       // one person, two roles

        Coverage coverage = map.analyze();

        assertEquals(RoleStatus.MISSING, role(coverage, "INFLUENCER").status());
        assertEquals(RoleStatus.MISSING, role(coverage, "BUYER").status());
        assertEquals(2, role(coverage, "USER").members().size());
        assertEquals(2, role(coverage, "INITIATOR").members().size());
        assertEquals(4, coverage.committeeSize()); // Ivy, Uma, Ian, Dan
        assertEquals(65.0, coverage.score()); // 100 * (0.25 + 0.20 + 0 + 0.20 + 0 + 0)
    }

    @Test
    void aRoleOutsideTheStageWeightsListsItsMembersAndWeighsNothing() {
        DecisionMap map = DecisionMap.healthy();
        map.add(BEA, "Bea Buyer", "CONSULTANT");

        Coverage coverage = map.analyze();

        RoleCoverage consultant = coverage.roles().get(coverage.roles().size() - 1);
        assertEquals("CONSULTANT", consultant.role());
        assertEquals(0.0, consultant.weight());
        assertEquals(85.0, coverage.score()); // unchanged: 100 * (0.25 + 0.20 + 0.20 + 0.20)
    }

    @ParameterizedTest(name = "{0}: {1}-{2}")
    @CsvSource({"SMALL, 1, 3", "MID, 3, 6", "LARGE, 6, 10", "ENTERPRISE, 8, 12"})
    void expectedSizeFollowsTheAccountSizeBand(SizeBand band, int min, int max) {
        DecisionMap map = DecisionMap.healthy();
        map.sizeBand = band;

        assertEquals(new SizeRange(min, max), map.analyze().expectedSize());
    }

    @Test
    void expectedSizeOfAnAccountWithoutSizeBandIsThatOfAMidAccount() {
        DecisionMap map = DecisionMap.healthy();
        map.sizeBand = null;

        assertEquals(new SizeRange(3, 6), map.analyze().expectedSize());
    }

    @Test
    void membersCarryTheirLastTouchAndWhenTheNextIsDue() {
        Coverage coverage = mixedMap(OpportunityStage.DISCOVERY).analyze();

        MemberCoverage buyer = member(coverage, "BUYER");
        assertEquals(daysAgo(20), buyer.lastTouchAt());
        assertEquals(daysAgo(20).plus(Duration.ofDays(30)), buyer.nextTouchDueAt()); // monthly
        MemberCoverage initiator = member(coverage, "INITIATOR");
        assertNull(initiator.lastTouchAt());
        assertNull(initiator.nextTouchDueAt());
    }

    @Test
    void aTouchBeforeTheScoringWindowsStillCountsAsTheLastTouch() {
        DecisionMap map = mixedMap(OpportunityStage.DISCOVERY);
        UUID initiator = member(map.analyze(), "INITIATOR").member().stakeholderId();
        UUID buyer = member(map.analyze(), "BUYER").member().stakeholderId();
        map.earlierTouches.put(initiator, daysAgo(300));
        map.earlierTouches.put(buyer, daysAgo(250));

        Coverage coverage = map.analyze();
        // The initiator's only touch lies 300 days back; the buyer's touch 20 days ago stays the latest.
        assertEquals(daysAgo(300), member(coverage, "INITIATOR").lastTouchAt());
        MemberCoverage initiatorCoverage = member(coverage, "INITIATOR");
        assertEquals(daysAgo(300).plus(TrustSettings.defaults().cadenceInterval(initiatorCoverage.member().cadence())),
                initiatorCoverage.nextTouchDueAt());
        assertEquals(daysAgo(20), member(coverage, "BUYER").lastTouchAt());
    }

    @ParameterizedTest
    @EnumSource(OpportunityStage.class)
    void defaultStageWeightsSumToOne(OpportunityStage stage) {
        double sum = CoverageSettings.defaults().roleWeights().get(stage).values().stream()
                .mapToDouble(Double::doubleValue).sum();

        assertEquals(1.0, sum, 1e-9);
    }

    private static RoleCoverage role(Coverage coverage, String role) {
        return coverage.roles().stream().filter(r -> r.role().equals(role)).findFirst().orElseThrow();
    }

    private static MemberCoverage member(Coverage coverage, String role) {
        return role(coverage, role).members().get(0);
    }
}
