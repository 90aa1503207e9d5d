package com.decisionchain.trust;

import static com.decisionchain.trust.TrustTestData.AS_OF;
import static com.decisionchain.trust.TrustTestData.daysAgo;
import static com.decisionchain.trust.TrustTestData.id;
import static com.decisionchain.trust.TrustTestData.inboundEmail;
import static com.decisionchain.trust.TrustTestData.meeting;
import static com.decisionchain.trust.TrustTestData.ours;
import static com.decisionchain.trust.TrustTestData.outboundEmail;
import static com.decisionchain.trust.TrustTestData.relationship;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import com.decisionchain.interaction.Channel;
import com.decisionchain.interaction.CommitmentParty;
import com.decisionchain.interaction.CommitmentStatus;
import com.decisionchain.interaction.Direction;
import com.decisionchain.opportunity.Cadence;
import com.decisionchain.stakeholder.RelationshipType;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TrustScorerTest {

    private static final double EXACT = 1e-12;
    private static final UUID ANNA = id(1);
    private static final UUID OTHER = id(2);
    private static final UUID X = id(3);
    private static final UUID Y = id(4);

    private final TrustScorer scorer = new TrustScorer(TrustSettings.defaults());

    @Test
    void responseRateCountsAnswersToOurOutboundTouchesWithinTheWindow() {
        TrustScore trust = score(List.of(Cadence.MONTHLY), List.of(
                outboundEmail(daysAgo(180), ANNA, true),   // the window's first instant counts
                outboundEmail(daysAgo(10), ANNA, true),
                outboundEmail(daysAgo(5), ANNA, false),
                outboundEmail(daysAgo(180).minusSeconds(1), ANNA, true),   // before the window
                outboundEmail(AS_OF.plusSeconds(1), ANNA, true),           // after asOf
                outboundEmail(daysAgo(4), OTHER, true),                    // someone else's touch
                new Interaction(Channel.EMAIL, Direction.INBOUND, daysAgo(3),
                        List.of(new Participant(ANNA, true, false, true)))), // not our touch
                List.of(), List.of());

        assertEquals(3, trust.signals().outboundTouches());
        assertEquals(2, trust.signals().responses());
        assertEquals(0.6, trust.components().responseRate(), EXACT); // (2 + 1) / (3 + 2)
    }

    @Test
    void attendanceRateCountsInvitationsAndAttendanceAtMeetingsOnly() {
        TrustScore trust = score(List.of(Cadence.MONTHLY), List.of(
                meeting(Channel.VIDEO_MEETING, Direction.OUTBOUND, daysAgo(50), ANNA, true, true),
                meeting(Channel.DEMO, Direction.OUTBOUND, daysAgo(40), ANNA, true, false),
                meeting(Channel.WEBINAR, Direction.OUTBOUND, daysAgo(30), ANNA, true, true),
                meeting(Channel.IN_PERSON_MEETING, Direction.OUTBOUND, daysAgo(20), ANNA, true, false),
                meeting(Channel.EVENT, Direction.INBOUND, daysAgo(10), ANNA, false, true),   // walked in: came, so asked
                meeting(Channel.PHONE, Direction.OUTBOUND, daysAgo(5), ANNA, true, true),    // not a meeting
                meeting(Channel.TRIAL, Direction.OUTBOUND, daysAgo(4), ANNA, true, true)),   // not a meeting
                List.of(), List.of());

        assertEquals(5, trust.signals().meetingsInvited());
        assertEquals(3, trust.signals().meetingsAttended());
        assertEquals(4.0 / 7, trust.components().attendanceRate(), EXACT); // (3 + 1) / (5 + 2)
    }

    @Test
    void referralsSaturateWithIntroductionsThisStakeholderMadeWithinTheWindow() {
        TrustScore trust = score(List.of(Cadence.MONTHLY), List.of(), List.of(), List.of(
                relationship(RelationshipType.INTRODUCED, ANNA, X, daysAgo(10)),
                relationship(RelationshipType.INTRODUCED, ANNA, Y, daysAgo(100)),
                relationship(RelationshipType.INTRODUCED, X, ANNA, daysAgo(5)),     // introduced to her, not by her
                relationship(RelationshipType.ALLY, ANNA, Y, daysAgo(5)),           // not an introduction
                relationship(RelationshipType.INTRODUCED, ANNA, OTHER, daysAgo(181)),
                relationship(RelationshipType.INTRODUCED, ANNA, OTHER, AS_OF.plusSeconds(1))));

        assertEquals(2, trust.signals().referralsGiven());
        assertEquals(1 - Math.exp(-1), trust.components().referrals(), EXACT); // 1 - exp(-2 / 2) = 0.63212
    }

    @Test
    void commitmentReliabilityCountsOurPromisesDueInTheWindowAsTheyStoodAtAsOf() {
        TrustScore trust = score(List.of(Cadence.MONTHLY), List.of(), List.of(
                ours(ANNA, daysAgo(10), daysAgo(10), CommitmentStatus.KEPT),
                ours(ANNA, daysAgo(70), daysAgo(71), CommitmentStatus.KEPT),
                ours(ANNA, daysAgo(45), daysAgo(35), CommitmentStatus.LATE),
                ours(ANNA, daysAgo(20), daysAgo(19), CommitmentStatus.BROKEN),
                ours(ANNA, daysAgo(5), AS_OF.plusSeconds(1), CommitmentStatus.KEPT),    // still open at asOf
                ours(ANNA, daysAgo(3), null, CommitmentStatus.OPEN),
                ours(ANNA, daysAgo(8), daysAgo(9), CommitmentStatus.CANCELLED),
                new Commitment(ANNA, CommitmentParty.THEIRS, daysAgo(10), daysAgo(10), CommitmentStatus.BROKEN),
                ours(OTHER, daysAgo(10), daysAgo(10), CommitmentStatus.BROKEN),
                ours(ANNA, daysAgo(181), daysAgo(181), CommitmentStatus.BROKEN),          // due before the window
                ours(ANNA, AS_OF.plusSeconds(60), daysAgo(1), CommitmentStatus.KEPT)),    // not due yet
                List.of());

        assertEquals(2, trust.signals().commitmentsKept());
        assertEquals(1, trust.signals().commitmentsLate());
        assertEquals(1, trust.signals().commitmentsBroken());
        assertEquals(3.5 / 6, trust.components().commitmentReliability(), EXACT); // (2 + 0.5*1 + 1) / (2+1+1 + 2)
    }

    @Test
    void recencyHalvesPerCadenceIntervalSinceTheLastTwoWayInteraction() {
        TrustScore trust = score(List.of(Cadence.MONTHLY), List.of(
                outboundEmail(daysAgo(15), ANNA, true),
                outboundEmail(daysAgo(2), ANNA, false)),   // one-way: does not renew recency
                List.of(), List.of());

        assertEquals(daysAgo(15), trust.signals().lastTwoWayAt());
        assertEquals(Math.sqrt(0.5), trust.components().recency(), EXACT); // 0.5^(15 / 30) = 0.70711
    }

    @ParameterizedTest(name = "{0}: half-life {1} days")
    @CsvSource({"WEEKLY, 7", "BIWEEKLY, 14", "MONTHLY, 30", "QUARTERLY, 90", "AT_MILESTONES, 30",
            "NEGOTIATION_ONLY, 30"})
    void recencyHalfLifeIsTheCadenceInterval(Cadence cadence, long halfLifeDays) {
        TrustScore trust = score(List.of(cadence), List.of(inboundEmail(daysAgo(halfLifeDays), ANNA)),
                List.of(), List.of());

        assertEquals(0.5, trust.components().recency(), EXACT); // 0.5^(d / d)
    }

    @Test
    void recencyHalfLifeIs30DaysWithoutCadenceAndTheShortestAmongSeveral() {
        List<Interaction> fifteenDaysAgo = List.of(inboundEmail(daysAgo(15), ANNA));

        assertEquals(Math.sqrt(0.5), score(List.of(), fifteenDaysAgo, List.of(), List.of())
                .components().recency(), EXACT); // 0.5^(15 / 30)
        assertEquals(0.25, score(List.of(Cadence.QUARTERLY, Cadence.WEEKLY), List.of(inboundEmail(daysAgo(14), ANNA)),
                List.of(), List.of()).components().recency(), EXACT); // weekly wins: 0.5^(14 / 7)
    }

    @Test
    void recencyIsZeroWithoutAnyTwoWayInteraction() {
        TrustScore trust = score(List.of(Cadence.MONTHLY), List.of(outboundEmail(daysAgo(1), ANNA, false)),
                List.of(), List.of());

        assertNull(trust.signals().lastTwoWayAt());
        assertEquals(0, trust.components().recency(), EXACT);
    }

    @Test
    void scoreWeighsTheComponentsRoundsHalfUpAndTrendComparesWith30DaysEarlier() {
        TrustScore trust = score(List.of(Cadence.MONTHLY),
                List.of(outboundEmail(daysAgo(40), ANNA, true),
                        outboundEmail(daysAgo(25), ANNA, true),
                        outboundEmail(daysAgo(2), ANNA, false),
                        meeting(Channel.VIDEO_MEETING, Direction.INBOUND, daysAgo(60), ANNA, true, true),
                        meeting(Channel.DEMO, Direction.INBOUND, daysAgo(50), ANNA, true, false),
                        meeting(Channel.IN_PERSON_MEETING, Direction.INBOUND, daysAgo(15), ANNA, true, true)),
                List.of(ours(ANNA, daysAgo(70), daysAgo(71), CommitmentStatus.KEPT),
                        ours(ANNA, daysAgo(10), daysAgo(10), CommitmentStatus.KEPT),
                        ours(ANNA, daysAgo(45), daysAgo(35), CommitmentStatus.LATE),
                        ours(ANNA, daysAgo(20), daysAgo(19), CommitmentStatus.BROKEN)),
                List.of(relationship(RelationshipType.INTRODUCED, ANNA, X, daysAgo(100)),
                        relationship(RelationshipType.INTRODUCED, ANNA, Y, daysAgo(20))));

        assertEquals(new TrustSignals(3, 2, 3, 2, 2, 2, 1, 1, daysAgo(15)), trust.signals());
        // 100 * (0.30*3/5 + 0.20*3/5 + 0.15*(1-e^-1) + 0.15*3.5/6 + 0.20*0.5^(15/30)) = 62.374 -> 62.4
        assertEquals(62.4, trust.score());
        assertEquals(TrustLevel.DEVELOPING, trust.level());
        // 30 days earlier: 100 * (0.30*2/3 + 0.20*2/4 + 0.15*(1-e^-0.5) + 0.15*2.5/4 + 0.20*0.5^(10/30)) = 61.151
        // -> 61.2, so the trend is 62.4 - 61.2 = 1.2
        assertEquals(1.2, trust.trend30d());
        assertEquals(AS_OF, trust.asOf());
        assertSame(scorer.settings(), trust.settings());
    }

    @Test
    void trendIsNegativeWhenTheLastTwoWayTouchAges() {
        TrustScore trust = score(List.of(Cadence.MONTHLY), List.of(inboundEmail(daysAgo(30), ANNA)),
                List.of(), List.of());

        assertEquals(42.5, trust.score()); // 100 * (0.30*1/2 + 0.20*1/2 + 0 + 0.15*1/2 + 0.20*0.5^(30/30))
        assertEquals(-10.0, trust.trend30d()); // then 100 * (0.15 + 0.10 + 0.075 + 0.20*0.5^0) = 52.5; 42.5 - 52.5
    }

    @ParameterizedTest(name = "unrounded {0} -> {1}")
    @CsvSource({"0.2494, 24.9, COLD", "0.24951, 25.0, TRANSACTIONAL", "0.4994, 49.9, TRANSACTIONAL",
            "0.49951, 50.0, DEVELOPING", "0.7494, 74.9, DEVELOPING", "0.74951, 75.0, PARTNER"})
    void levelIsReadOffTheRoundedScore(double recencyWeight, double expectedScore, TrustLevel expectedLevel) {
        // Only recency counts, and a two-way touch right at asOf makes it 1: the score is 100 * recencyWeight.
        TrustScorer recencyOnly = new TrustScorer(withWeights(new TrustWeights(0, 0, 0, 0, recencyWeight)));
        TrustScore trust = recencyOnly.score(new TrustInput(ANNA, List.of(Cadence.MONTHLY),
                List.of(inboundEmail(AS_OF, ANNA)), List.of(), List.of()), AS_OF);

        assertEquals(expectedScore, trust.score());
        assertEquals(expectedLevel, trust.level());
    }

    @Test
    void aStakeholderWithoutTwoWayInteractionInTheWindowIsColdWhateverTheScore() {
        TrustScore trust = score(List.of(Cadence.MONTHLY),
                List.of(inboundEmail(daysAgo(181), ANNA)),   // two-way, but before the window
                List.of(ours(ANNA, daysAgo(40), daysAgo(40), CommitmentStatus.KEPT),
                        ours(ANNA, daysAgo(30), daysAgo(30), CommitmentStatus.KEPT),
                        ours(ANNA, daysAgo(20), daysAgo(20), CommitmentStatus.KEPT),
                        ours(ANNA, daysAgo(10), daysAgo(10), CommitmentStatus.KEPT)),
                List.of(relationship(RelationshipType.INTRODUCED, ANNA, X, daysAgo(40)),
                        relationship(RelationshipType.INTRODUCED, ANNA, Y, daysAgo(30)),
                        relationship(RelationshipType.INTRODUCED, ANNA, OTHER, daysAgo(20)),
                        relationship(RelationshipType.INTRODUCED, ANNA, id(9), daysAgo(10))));

        assertNull(trust.signals().lastTwoWayAt());
        assertEquals(50.5, trust.score()); // 100 * (0.30*1/2 + 0.20*1/2 + 0.15*(1-e^-2) + 0.15*5/6 + 0) = 50.470
        assertEquals(TrustLevel.COLD, trust.level());
    }

    @Test
    void oneTwoWayInteractionInTheWindowLiftsTheColdOverride() {
        TrustScore trust = score(List.of(Cadence.MONTHLY), List.of(inboundEmail(daysAgo(10), ANNA)),
                List.of(), List.of());

        assertEquals(48.4, trust.score()); // 100 * (0.15 + 0.10 + 0 + 0.075 + 0.20*0.5^(10/30)) = 48.374
        assertEquals(TrustLevel.TRANSACTIONAL, trust.level());
    }

    private TrustScore score(List<Cadence> cadences, List<Interaction> interactions, List<Commitment> commitments,
                             List<Relationship> relationships) {
        return scorer.score(new TrustInput(ANNA, cadences, interactions, commitments, relationships), AS_OF);
    }

    private static TrustSettings withWeights(TrustWeights weights) {
        TrustSettings d = TrustSettings.defaults();
        return new TrustSettings(d.window(), weights, d.referralSaturation(), d.lateCommitmentCredit(),
                d.meetingChannels(), d.cadenceIntervals(), d.unknownCadenceInterval(), d.transactionalFrom(),
                d.developingFrom(), d.partnerFrom(), d.trendPeriod());
    }
}
