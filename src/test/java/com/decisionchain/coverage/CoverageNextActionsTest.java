package com.decisionchain.coverage;

import static com.decisionchain.coverage.DecisionMap.DAN;
import static com.decisionchain.coverage.DecisionMap.GINA;
import static com.decisionchain.coverage.DecisionMap.GUS;
import static com.decisionchain.coverage.DecisionMap.IAN;
import static com.decisionchain.coverage.DecisionMap.IVY;
import static com.decisionchain.coverage.DecisionMap.PAT;
import static com.decisionchain.coverage.DecisionMap.UMA;
import static com.decisionchain.coverage.DecisionMap.actions;
import static com.decisionchain.trust.TrustTestData.daysAgo;
import static com.decisionchain.trust.TrustTestData.inboundEmail;
import static com.decisionchain.trust.TrustTestData.outboundEmail;
import static com.decisionchain.trust.TrustTestData.relationship;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.decisionchain.account.SizeBand;
import com.decisionchain.opportunity.Influence;
import com.decisionchain.opportunity.RoleEvidence;
import com.decisionchain.opportunity.Stance;
import com.decisionchain.stakeholder.RelationshipType;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class CoverageNextActionsTest {

    @Test
    void aMissingRoleIsAskedAboutToTheChampionAmongTheMostEngaged() {
        DecisionMap map = DecisionMap.healthy().remove(IAN);
        map.member(UMA).stance(Stance.CHAMPION);   // all three left are TRUSTED: the champion goes first

        NextAction action = actions(map.analyze(), "MISSING_ROLE").get(0);

        assertEquals(UMA, action.stakeholderId());
        assertEquals(Severity.MEDIUM, action.priority());
        assertEquals("Ask Uma User: who else will be involved in this decision? Nobody covers the influencer role yet.",
                action.description());
    }

    @Test
    void theMostEngagedMemberIsAskedBeforeAChampionWhoIsNotEngaged() {
        DecisionMap map = DecisionMap.healthy().remove(IAN).untouch(UMA);
        map.member(UMA).stance(Stance.CHAMPION);   // VERIFIED only; Ivy and Dan are TRUSTED
        map.member(DAN).stance(Stance.SUPPORTER);

        // Ivy and Dan tie on status and trust (52.0 each): the name breaks the tie
        assertEquals(DAN, actions(map.analyze(), "MISSING_ROLE").get(0).stakeholderId());
    }

    @Test
    void theGatekeeperIsOfferedSomethingOfValue() {
        DecisionMap map = DecisionMap.healthy();
        map.add(GINA, "Gina Gate", "GATEKEEPER");

        NextAction action = actions(map.analyze(), "GATEKEEPER_IGNORED").get(0);

        assertEquals(GINA, action.stakeholderId());
        assertEquals("Offer Gina Gate something of value, such as an industry report, to win their support.",
                action.description());
    }

    @Test
    void aStaleMapIsReviewedWithoutNamingAnyone() {
        DecisionMap map = DecisionMap.healthy();
        map.mapReviewedAt = null;

        NextAction action = actions(map.analyze(), "STALE_MAP").get(0);

        assertNull(action.stakeholderId());
        assertEquals(List.of(), action.path());
    }

    @Test
    void aRoleChangeIsRevalidatedWithThePersonConcerned() {
        DecisionMap map = DecisionMap.healthy();
        map.member(UMA).leftCompanyAt(daysAgo(3));
        map.member(IAN).titleChangedAt(daysAgo(5));

        List<NextAction> steps = actions(map.analyze(), "ROLE_CHANGE_RISK");

        assertEquals(List.of(UMA, IAN), steps.stream().map(NextAction::stakeholderId).toList());
        assertEquals("Uma User left the company: find who now acts as user, then end or re-validate the role.",
                steps.get(0).description());
        assertEquals("Re-validate Ian Influencer's role as influencer: their title changed on 2026-02-24.",
                steps.get(1).description());
    }

    @Test
    void anOverdueMemberIsFollowedUpPerCadence() {
        NextAction action = actions(DecisionMap.healthy().untouch(UMA).analyze(), "OVERDUE_FOLLOW_UP").get(0);

        assertEquals(UMA, action.stakeholderId());
        assertEquals(Severity.LOW, action.priority());
        assertEquals("Follow up with Uma User (never contacted, cadence MONTHLY).", action.description());
    }

    @Test
    void anInfluentialBlockerIsMet() {
        DecisionMap map = DecisionMap.healthy().untouch(IAN);
        map.member(IAN).stance(Stance.BLOCKER).influence(Influence.VERY_HIGH);

        NextAction action = actions(map.analyze(), "BLOCKER_UNADDRESSED").get(0);

        assertEquals(IAN, action.stakeholderId());
        assertEquals(Severity.HIGH, action.priority());
    }

    @Test
    void decisionMakerOnlyAsksTheDecisionMakerWhoElseIsInvolved() {
        DecisionMap map = DecisionMap.healthy().untouch(IVY).untouch(UMA).untouch(IAN)
                .touch(inboundEmail(daysAgo(40), IVY, UMA, IAN));

        NextAction action = actions(map.analyze(), "DECISION_MAKER_ONLY").get(0);

        assertEquals(DAN, action.stakeholderId());
        assertEquals("Ask Dan Decider: who else will be involved in this decision? Then engage initiator, user, "
                + "influencer, buyer, gatekeeper.", action.description());
    }

    @Test
    void everyRiskGetsAStepWithItsCodeAndSeverityAndTheHighestComeFirst() {
        DecisionMap map = DecisionMap.healthy().untouch(UMA);
        map.mapReviewedAt = null;
        map.sizeBand = SizeBand.ENTERPRISE;
        map.member(IAN).evidence(RoleEvidence.INFERRED).titleChangedAt(daysAgo(2));
        map.add(GINA, "Gina Gate", "GATEKEEPER");

        Coverage coverage = map.analyze();

        Set<String> riskCodes = coverage.risks().stream().map(Risk::code).collect(Collectors.toSet());
        assertEquals(Set.of("GATEKEEPER_IGNORED", "STALE_MAP", "ROLE_CHANGE_RISK", "UNVERIFIED_ROLES",
                "OVERDUE_FOLLOW_UP", "UNDERSIZED_COMMITTEE"), riskCodes);
        for (Risk risk : coverage.risks()) {
            List<NextAction> steps = actions(coverage, risk.code());
            assertEquals(risk.severity(), steps.get(0).priority(), risk.code());
        }
        List<Severity> priorities = coverage.nextActions().stream().map(NextAction::priority).toList();
        assertEquals(priorities.stream().sorted(Comparator.reverseOrder()).toList(), priorities);
    }

    @Test
    void anUnreachableDecisionMakerGetsAWarmIntroductionFromAnEngagedStakeholder() {
        DecisionMap map = unreachableDecisionMaker();
        map.relationships.add(relationship(RelationshipType.ALLY, IVY, PAT, daysAgo(50)));
        map.relationships.add(relationship(RelationshipType.REPORTS_TO, PAT, DAN, daysAgo(50)));

        NextAction action = actions(map.analyze(), NextAction.WARM_INTRODUCTION).get(0);

        assertEquals(IVY, action.stakeholderId());
        assertEquals(List.of(IVY, PAT, DAN), action.path());
        assertEquals(Severity.HIGH, action.priority());
        assertEquals("Ask Ivy Initiator for a warm introduction to Dan Decider, the decision maker we have not "
                + "reached yet (a chain of 2 relationships).", action.description());
    }

    @Test
    void noWarmIntroductionOverConflictsOnly() {
        DecisionMap map = unreachableDecisionMaker();
        map.relationships.add(relationship(RelationshipType.CONFLICT, IVY, DAN, daysAgo(50)));

        assertEquals(List.of(), actions(map.analyze(), NextAction.WARM_INTRODUCTION));
    }

    @Test
    void noWarmIntroductionWithoutAnEngagedStakeholderToStartFrom() {
        DecisionMap map = unreachableDecisionMaker().untouch(IVY).untouch(UMA).untouch(IAN);
        map.relationships.add(relationship(RelationshipType.ALLY, IVY, DAN, daysAgo(50)));

        assertEquals(List.of(), actions(map.analyze(), NextAction.WARM_INTRODUCTION));
    }

    @Test
    void noWarmIntroductionThroughSomeoneWhoLeft() {
        DecisionMap map = unreachableDecisionMaker();
        map.add(GUS, "Gus Gone", "USER").leftCompanyAt(daysAgo(10));
        map.relationships.add(relationship(RelationshipType.ALLY, IVY, GUS, daysAgo(50)));
        map.relationships.add(relationship(RelationshipType.REPORTS_TO, GUS, DAN, daysAgo(50)));

        assertEquals(List.of(), actions(map.analyze(), NextAction.WARM_INTRODUCTION));
    }

    @Test
    void anEngagedDecisionMakerNeedsNoWarmIntroduction() {
        DecisionMap map = DecisionMap.healthy();
        map.relationships.add(relationship(RelationshipType.ALLY, IVY, DAN, daysAgo(50)));

        assertEquals(List.of(), actions(map.analyze(), NextAction.WARM_INTRODUCTION));
    }

    /** Dan is on the map from desk research and was only ever emailed without an answer. */
    private static DecisionMap unreachableDecisionMaker() {
        DecisionMap map = DecisionMap.healthy().untouch(DAN).touch(outboundEmail(daysAgo(3), DAN, false));
        map.member(DAN).evidence(RoleEvidence.ASSUMED);
        return map;
    }
}
