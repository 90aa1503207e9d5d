package com.decisionchain.coverage;

import static com.decisionchain.coverage.DecisionMap.BEA;
import static com.decisionchain.coverage.DecisionMap.DAN;
import static com.decisionchain.coverage.DecisionMap.GINA;
import static com.decisionchain.coverage.DecisionMap.IAN;
import static com.decisionchain.coverage.DecisionMap.IVY;
import static com.decisionchain.coverage.DecisionMap.UMA;
import static com.decisionchain.coverage.DecisionMap.risk;
import static com.decisionchain.trust.TrustTestData.daysAgo;
import static com.decisionchain.trust.TrustTestData.inboundEmail;
import static com.decisionchain.trust.TrustTestData.outboundEmail;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.decisionchain.account.SizeBand;
import com.decisionchain.opportunity.Influence;
import com.decisionchain.opportunity.OpportunityStage;
import com.decisionchain.opportunity.RoleEvidence;
import com.decisionchain.opportunity.Stance;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** For each risk code, a map that raises it and a near miss that does not; the healthy map raises none. */
class CoverageRisksTest {

    @Test
    void noDecisionMakerIsRaisedWithMissingRoleWhenNobodyHoldsTheRole() {
        Coverage coverage = DecisionMap.healthy().remove(DAN).analyze();

        Risk risk = risk(coverage, RiskCode.NO_DECISION_MAKER).orElseThrow();
        assertEquals(Severity.HIGH, risk.severity());
        assertEquals(List.of(), risk.stakeholderIds());
        assertEquals("Nobody covers decision maker.", risk(coverage, RiskCode.MISSING_ROLE).orElseThrow().message());
    }

    @Test
    void noDecisionMakerIsRaisedWhenTheOnlyDecisionMakerLeft() {
        DecisionMap map = DecisionMap.healthy();
        map.member(DAN).leftCompanyAt(daysAgo(3));

        assertEquals(List.of(DAN), stakeholders(map.analyze(), RiskCode.NO_DECISION_MAKER));
    }

    @Test
    void anUnverifiedDecisionMakerStillCountsAsPresent() {
        DecisionMap map = DecisionMap.healthy();
        map.member(DAN).evidence(RoleEvidence.ASSUMED);

        assertAbsent(map.analyze(), RiskCode.NO_DECISION_MAKER);
    }

    @Test
    void missingRoleIsRaisedForAHeavyRoleWithoutMember() {
        Coverage coverage = DecisionMap.healthy().remove(IAN).analyze();

        Risk risk = risk(coverage, RiskCode.MISSING_ROLE).orElseThrow();
        assertEquals(Severity.MEDIUM, risk.severity());
        assertEquals("Nobody covers influencer.", risk.message()); // 0.20 >= 0.15 in discovery
        assertAbsent(coverage, RiskCode.NO_DECISION_MAKER);
    }

    @Test
    void missingRoleCountsARoleWeighingExactlyTheThreshold() {
        DecisionMap map = DecisionMap.healthy().remove(IAN);
        map.stage = OpportunityStage.NEGOTIATION;
        map.add(BEA, "Bea Buyer", "BUYER");
        map.touch(inboundEmail(daysAgo(1), BEA));

        // negotiation: influencer 0.15 >= 0.15; initiator 0.05 and gatekeeper 0.05 are light enough to miss
        assertEquals("Nobody covers influencer.", risk(map.analyze(), RiskCode.MISSING_ROLE).orElseThrow().message());
    }

    @Test
    void missingRoleIgnoresLightRoles() {
        // discovery: buyer 0.05 and gatekeeper 0.10 are both missing, below 0.15
        assertAbsent(DecisionMap.healthy().analyze(), RiskCode.MISSING_ROLE);
    }

    @Test
    void singleThreadedWhenAtMostOneStakeholderIsEngaged() {
        Coverage coverage = DecisionMap.healthy().untouch(IVY).untouch(UMA).untouch(IAN).analyze();

        Risk risk = risk(coverage, RiskCode.SINGLE_THREADED).orElseThrow();
        assertEquals(Severity.HIGH, risk.severity());
        assertEquals(List.of(DAN), risk.stakeholderIds());
    }

    @Test
    void twoEngagedStakeholdersAreNotSingleThreaded() {
        assertAbsent(DecisionMap.healthy().untouch(UMA).untouch(IAN).analyze(), RiskCode.SINGLE_THREADED);
    }

    @Test
    void decisionMakerOnlyWhenRecentTouchesAllWentToDecisionMakers() {
        Coverage coverage = decisionMakerOnlyMap().analyze();

        Risk risk = risk(coverage, RiskCode.DECISION_MAKER_ONLY).orElseThrow();
        assertEquals(Severity.HIGH, risk.severity());
        assertEquals(List.of(DAN), risk.stakeholderIds());
    }

    @Test
    void oneRecentTouchBeyondTheDecisionMakersAvoidsDecisionMakerOnly() {
        Coverage coverage = decisionMakerOnlyMap().touch(outboundEmail(daysAgo(5), IVY, false)).analyze();

        assertAbsent(coverage, RiskCode.DECISION_MAKER_ONLY);
    }

    /** Dan was touched yesterday; the others 40 days ago, outside the 30-day look-back and their monthly cadence. */
    private static DecisionMap decisionMakerOnlyMap() {
        DecisionMap map = DecisionMap.healthy().untouch(IVY).untouch(UMA).untouch(IAN);
        return map.touch(inboundEmail(daysAgo(40), IVY, UMA, IAN));
    }

    @Test
    void gatekeeperIgnoredWithoutTwoWayTouchWithinCadence() {
        DecisionMap map = DecisionMap.healthy();
        map.add(GINA, "Gina Gate", "GATEKEEPER");
        map.touch(outboundEmail(daysAgo(2), GINA, false));   // a touch, but one-way

        Risk risk = risk(map.analyze(), RiskCode.GATEKEEPER_IGNORED).orElseThrow();
        assertEquals(Severity.MEDIUM, risk.severity());
        assertEquals(List.of(GINA), risk.stakeholderIds());
    }

    @Test
    void gatekeeperWithTwoWayTouchAtTheEdgeOfTheCadenceIsNotIgnored() {
        DecisionMap map = DecisionMap.healthy();
        map.add(GINA, "Gina Gate", "GATEKEEPER");
        map.touch(inboundEmail(daysAgo(30), GINA));   // monthly: 30 days is still within

        assertAbsent(map.analyze(), RiskCode.GATEKEEPER_IGNORED);
    }

    @Test
    void staleMapWhenReviewedMoreThan14DaysAgoOrNever() {
        DecisionMap reviewedLongAgo = DecisionMap.healthy();
        reviewedLongAgo.mapReviewedAt = daysAgo(14).minusSeconds(1);
        DecisionMap neverReviewed = DecisionMap.healthy();
        neverReviewed.mapReviewedAt = null;

        assertEquals(Severity.MEDIUM, risk(reviewedLongAgo.analyze(), RiskCode.STALE_MAP).orElseThrow().severity());
        assertEquals("The decision map has never been reviewed.",
                risk(neverReviewed.analyze(), RiskCode.STALE_MAP).orElseThrow().message());
    }

    @Test
    void aMapReviewedExactly14DaysAgoIsNotStale() {
        DecisionMap map = DecisionMap.healthy();
        map.mapReviewedAt = daysAgo(14);

        assertAbsent(map.analyze(), RiskCode.STALE_MAP);
    }

    @Test
    void roleChangeRiskWhenAMemberLeftOrChangedTitleSinceAssigned() {
        DecisionMap map = DecisionMap.healthy();
        map.member(UMA).leftCompanyAt(daysAgo(3));
        map.member(IAN).titleChangedAt(daysAgo(5));   // assigned 100 days ago

        Risk risk = risk(map.analyze(), RiskCode.ROLE_CHANGE_RISK).orElseThrow();
        assertEquals(Severity.HIGH, risk.severity());
        assertEquals(List.of(UMA, IAN), risk.stakeholderIds());
    }

    @Test
    void aTitleChangeBeforeTheRoleWasAssignedIsNoRoleChangeRisk() {
        DecisionMap map = DecisionMap.healthy();
        map.member(IAN).titleChangedAt(daysAgo(120));

        assertAbsent(map.analyze(), RiskCode.ROLE_CHANGE_RISK);
    }

    @Test
    void unverifiedRolesWhenAMemberIsOnlyAssumedOrInferred() {
        DecisionMap map = DecisionMap.healthy();
        map.member(UMA).evidence(RoleEvidence.INFERRED);

        Risk risk = risk(map.analyze(), RiskCode.UNVERIFIED_ROLES).orElseThrow();
        assertEquals(Severity.LOW, risk.severity());
        assertEquals(List.of(UMA), risk.stakeholderIds());
    }

    @Test
    void crossValidatedRolesAreVerified() {
        DecisionMap map = DecisionMap.healthy();
        map.member(UMA).evidence(RoleEvidence.CROSS_VALIDATED);

        assertAbsent(map.analyze(), RiskCode.UNVERIFIED_ROLES);
    }

    @Test
    void trustDecliningWhenTrendIsAtMostMinus10() {
        Coverage coverage = DecisionMap.healthy().untouch(UMA).touch(inboundEmail(daysAgo(30), UMA)).analyze();

        // now 100 * (0.325 + 0.20*0.5^(30/30)) = 42.5; 30 days ago the email was fresh: 100 * (0.325 + 0.20) = 52.5
        Risk risk = risk(coverage, RiskCode.TRUST_DECLINING).orElseThrow();
        assertEquals(Severity.MEDIUM, risk.severity());
        assertEquals(List.of(UMA), risk.stakeholderIds());
    }

    @Test
    void aSmallerDeclineIsNotTrustDeclining() {
        Coverage coverage = DecisionMap.healthy().untouch(UMA)
                .touch(inboundEmail(daysAgo(30), UMA)).touch(inboundEmail(daysAgo(20), UMA)).analyze();

        // now 100 * (0.325 + 0.20*0.5^(20/30)) = 45.1; trend 45.1 - 52.5 = -7.4
        assertEquals(-7.4, member(coverage, UMA).trust().trend30d());
        assertAbsent(coverage, RiskCode.TRUST_DECLINING);
    }

    @Test
    void overdueFollowUpWhenNeverContactedOrLastTouchedBeyondTheCadence() {
        Coverage coverage = DecisionMap.healthy().untouch(UMA).untouch(IAN)
                .touch(outboundEmail(daysAgo(30).minusSeconds(1), IAN, false)).analyze();

        Risk risk = risk(coverage, RiskCode.OVERDUE_FOLLOW_UP).orElseThrow();
        assertEquals(Severity.LOW, risk.severity());
        assertEquals(List.of(UMA, IAN), risk.stakeholderIds());
    }

    @Test
    void aTouchExactlyOneCadenceAgoIsNotOverdue() {
        Coverage coverage = DecisionMap.healthy().untouch(IAN)
                .touch(outboundEmail(daysAgo(30), IAN, false)).analyze();

        assertAbsent(coverage, RiskCode.OVERDUE_FOLLOW_UP);
    }

    @Test
    void blockerUnaddressedWhenAnInfluentialBlockerWentUntouchedFor14Days() {
        DecisionMap map = DecisionMap.healthy().untouch(IAN).touch(inboundEmail(daysAgo(15), IAN));
        map.member(IAN).stance(Stance.BLOCKER).influence(Influence.HIGH);

        Risk risk = risk(map.analyze(), RiskCode.BLOCKER_UNADDRESSED).orElseThrow();
        assertEquals(Severity.HIGH, risk.severity());
        assertEquals(List.of(IAN), risk.stakeholderIds());
    }

    @Test
    void aBlockerOfMediumInfluenceOrTouchedWithin14DaysIsNotUnaddressed() {
        DecisionMap mediumInfluence = DecisionMap.healthy().untouch(IAN).touch(inboundEmail(daysAgo(15), IAN));
        mediumInfluence.member(IAN).stance(Stance.BLOCKER).influence(Influence.MEDIUM);
        DecisionMap touchedRecently = DecisionMap.healthy().untouch(IAN).touch(inboundEmail(daysAgo(14), IAN));
        touchedRecently.member(IAN).stance(Stance.BLOCKER).influence(Influence.VERY_HIGH);

        assertAbsent(mediumInfluence.analyze(), RiskCode.BLOCKER_UNADDRESSED);
        assertAbsent(touchedRecently.analyze(), RiskCode.BLOCKER_UNADDRESSED);
    }

    @Test
    void undersizedCommitteeWhenFewerPeopleThanTheBandExpects() {
        DecisionMap map = DecisionMap.healthy();
        map.sizeBand = SizeBand.ENTERPRISE;

        Risk risk = risk(map.analyze(), RiskCode.UNDERSIZED_COMMITTEE).orElseThrow();
        assertEquals(Severity.MEDIUM, risk.severity());
        assertEquals("The committee has 4 people; 8-12 are usual for this account size.", risk.message());
    }

    @Test
    void aCommitteeAtTheBandsMinimumIsNotUndersized() {
        DecisionMap map = DecisionMap.healthy().remove(IAN);   // 3 people, MID expects 3-6

        assertAbsent(map.analyze(), RiskCode.UNDERSIZED_COMMITTEE);
    }

    @Test
    void risksComeMostSevereFirst() {
        DecisionMap map = DecisionMap.healthy();
        map.mapReviewedAt = null;                               // MEDIUM
        map.member(UMA).evidence(RoleEvidence.ASSUMED);         // LOW
        map.member(DAN).leftCompanyAt(daysAgo(1));              // HIGH: no decision maker, role change

        List<String> codes = map.analyze().risks().stream().map(Risk::code).toList();

        assertEquals(List.of("NO_DECISION_MAKER", "ROLE_CHANGE_RISK", "MISSING_ROLE", "STALE_MAP",
                "UNVERIFIED_ROLES"), codes);
    }

    private static List<UUID> stakeholders(Coverage coverage, RiskCode code) {
        return risk(coverage, code).orElseThrow().stakeholderIds();
    }

    private static MemberCoverage member(Coverage coverage, UUID stakeholderId) {
        return coverage.roles().stream().flatMap(r -> r.members().stream())
                .filter(m -> m.member().stakeholderId().equals(stakeholderId)).findFirst().orElseThrow();
    }

    private static void assertAbsent(Coverage coverage, RiskCode code) {
        Optional<Risk> risk = risk(coverage, code);
        assertTrue(risk.isEmpty(), () -> "unexpected " + risk.orElseThrow());
    }
}
