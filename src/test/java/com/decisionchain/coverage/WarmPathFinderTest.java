package com.decisionchain.coverage;

import static com.decisionchain.trust.TrustTestData.AS_OF;
import static com.decisionchain.trust.TrustTestData.daysAgo;
import static com.decisionchain.trust.TrustTestData.id;
import static com.decisionchain.trust.TrustTestData.relationship;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.decisionchain.stakeholder.RelationshipType;
import com.decisionchain.trust.Relationship;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class WarmPathFinderTest {

    private static final UUID A = id(1);
    private static final UUID B = id(2);
    private static final UUID C = id(3);
    private static final UUID D = id(4);
    private static final UUID E = id(5);
    private static final UUID TARGET = id(9);

    private final WarmPathFinder finder = new WarmPathFinder(CoverageSettings.defaults());

    @Test
    void theShortestChainWinsAmongEquallyTrustedPeople() {
        WarmPath path = finder.find(TARGET, Set.of(A), List.of(
                        ally(A, B), ally(B, TARGET),
                        ally(A, C), ally(C, D), ally(D, TARGET)),
                Map.of(A, 100.0, B, 100.0, C, 100.0, D, 100.0), AS_OF).orElseThrow();

        assertEquals(List.of(A, B, TARGET), path.stakeholderIds());
        assertEquals(2.0, path.cost(), 1e-9); // two hops made by fully trusted people: 1 + 1
    }

    @Test
    void amongChainsOfEqualLengthTheOneThroughMoreTrustedPeopleWins() {
        WarmPath path = finder.find(TARGET, Set.of(A), List.of(
                        ally(A, B), ally(B, TARGET),
                        ally(A, C), ally(C, TARGET)),
                Map.of(A, 100.0, B, 20.0, C, 80.0), AS_OF).orElseThrow();

        assertEquals(List.of(A, C, TARGET), path.stakeholderIds());
        assertEquals(2.2, path.cost(), 1e-9); // (1 + 1*(1 - 100/100)) + (1 + 1*(1 - 80/100)); through B: 1 + 1.8 = 2.8
    }

    @Test
    void theLowTrustPenaltyDecidesWhenALongerChainIsWorthIt() {
        List<Relationship> relationships = List.of(
                ally(A, B), ally(B, TARGET),
                ally(A, C), ally(C, D), ally(D, TARGET));
        Map<UUID, Double> trust = Map.of(A, 100.0, B, 0.0, C, 100.0, D, 100.0);
        WarmPathFinder steep = new WarmPathFinder(withLowTrustPenalty(3));

        // penalty 1: through B 1 + (1 + 1) = 3 ties with 1 + 1 + 1 = 3, and the shorter chain wins the tie
        assertEquals(List.of(A, B, TARGET), finder.find(TARGET, Set.of(A), relationships, trust, AS_OF)
                .orElseThrow().stakeholderIds());
        // penalty 3: through B 1 + (1 + 3) = 5 against 3
        WarmPath path = steep.find(TARGET, Set.of(A), relationships, trust, AS_OF).orElseThrow();
        assertEquals(List.of(A, C, D, TARGET), path.stakeholderIds());
        assertEquals(3.0, path.cost(), 1e-9);
    }

    @Test
    void someoneWithoutATrustScoreCountsAsUntrusted() {
        WarmPath path = finder.find(TARGET, Set.of(A), List.of(
                        ally(A, B), ally(B, TARGET),
                        ally(A, C), ally(C, TARGET)),
                Map.of(A, 100.0, C, 40.0), AS_OF).orElseThrow();

        assertEquals(List.of(A, C, TARGET), path.stakeholderIds()); // via C 1 + 1.6 = 2.6; via B 1 + 2 = 3
    }

    @Test
    void theCheapestIntroducerAmongTheEngagedIsChosen() {
        WarmPath path = finder.find(TARGET, Set.of(A, E), List.of(
                        ally(A, B), ally(B, TARGET),
                        ally(E, TARGET)),
                Map.of(A, 100.0, B, 100.0, E, 50.0), AS_OF).orElseThrow();

        assertEquals(List.of(E, TARGET), path.stakeholderIds()); // 1 + 0.5 = 1.5 against 1 + 1 = 2
        assertEquals(E, path.introducerId());
    }

    @Test
    void everyTrustedRelationshipTypeConnectsInBothDirections() {
        WarmPath path = finder.find(TARGET, Set.of(A), List.of(
                        relationship(RelationshipType.INFLUENCES, B, A, daysAgo(5)),
                        relationship(RelationshipType.INTRODUCED, C, B, daysAgo(5)),
                        relationship(RelationshipType.REPORTS_TO, TARGET, C, daysAgo(5))),
                Map.of(), AS_OF).orElseThrow();

        assertEquals(List.of(A, B, C, TARGET), path.stakeholderIds());
    }

    @Test
    void conflictsNeverConnect() {
        Optional<WarmPath> path = finder.find(TARGET, Set.of(A), List.of(
                relationship(RelationshipType.CONFLICT, A, TARGET, daysAgo(5)),
                relationship(RelationshipType.CONFLICT, A, B, daysAgo(5)),
                ally(B, TARGET)), Map.of(A, 100.0), AS_OF);

        assertEquals(Optional.empty(), path);
    }

    @Test
    void noPathWithoutAnEngagedStakeholderToStartFrom() {
        List<Relationship> relationships = List.of(ally(A, TARGET));

        assertEquals(Optional.empty(), finder.find(TARGET, Set.of(), relationships, Map.of(), AS_OF));
        assertEquals(Optional.empty(), finder.find(TARGET, Set.of(TARGET), relationships, Map.of(), AS_OF));
    }

    @Test
    void relationshipsAfterAsOfDoNotCountYet() {
        Optional<WarmPath> path = finder.find(TARGET, Set.of(A),
                List.of(relationship(RelationshipType.ALLY, A, TARGET, AS_OF.plusSeconds(1))), Map.of(), AS_OF);

        assertEquals(Optional.empty(), path);
    }

    private static Relationship ally(UUID from, UUID to) {
        return relationship(RelationshipType.ALLY, from, to, daysAgo(30));
    }

    private static CoverageSettings withLowTrustPenalty(double penalty) {
        CoverageSettings d = CoverageSettings.defaults();
        return new CoverageSettings(d.roleWeights(), d.statusValues(), d.trustedMinScore(), d.decisionMakerRole(),
                d.gatekeeperRole(), d.missingRoleMinWeight(), d.singleThreadedMaxEngaged(),
                d.decisionMakerOnlyLookback(), d.staleMapAfter(), d.trustDecliningTrend(), d.blockerMinInfluence(),
                d.blockerUntouchedAfter(), d.expectedSizes(), d.expectedSizeWhenBandUnknown(), penalty);
    }
}
