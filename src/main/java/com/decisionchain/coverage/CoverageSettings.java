package com.decisionchain.coverage;

import com.decisionchain.account.SizeBand;
import com.decisionchain.opportunity.Influence;
import com.decisionchain.opportunity.OpportunityStage;
import java.time.Duration;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Every weight and threshold of the coverage (DESIGN §2), so a tenant can tune them. Cadence intervals and the
 * trust score's own settings live in {@link com.decisionchain.trust.TrustSettings}.
 *
 * @param roleWeights                 per stage, each role's weight, in taxonomy order; every stage must be present
 * @param statusValues                how much each status covers a role, from 0 to 1
 * @param trustedMinScore             the trust score from which an engaged member is {@code TRUSTED}
 * @param decisionMakerRole           the taxonomy key of the decision maker
 * @param gatekeeperRole              the taxonomy key of the gatekeeper
 * @param missingRoleMinWeight        a role weighing at least this much in the stage must have a member
 * @param singleThreadedMaxEngaged    at most this many engaged stakeholders is single-threaded
 * @param decisionMakerOnlyLookback   the recent period whose touches must not all go to decision makers
 * @param staleMapAfter               how old a map review may get before the map is stale
 * @param trustDecliningTrend         a member's {@code trend30d} at or below this is declining trust
 * @param blockerMinInfluence         a blocker with at least this influence must be addressed
 * @param blockerUntouchedAfter       how long such a blocker may go without a touch
 * @param expectedSizes               the usual committee size per account size band
 * @param expectedSizeWhenBandUnknown the usual committee size when the account's size band is unknown
 * @param warmPathLowTrustPenalty     extra cost of a warm-path hop made by someone with no trust (see
 *                                    {@link WarmPathFinder})
 */
public record CoverageSettings(Map<OpportunityStage, Map<String, Double>> roleWeights,
                               Map<RoleStatus, Double> statusValues, double trustedMinScore,
                               String decisionMakerRole, String gatekeeperRole, double missingRoleMinWeight,
                               int singleThreadedMaxEngaged, Duration decisionMakerOnlyLookback,
                               Duration staleMapAfter, double trustDecliningTrend, Influence blockerMinInfluence,
                               Duration blockerUntouchedAfter, Map<SizeBand, SizeRange> expectedSizes,
                               SizeRange expectedSizeWhenBandUnknown, double warmPathLowTrustPenalty) {

    private static final List<String> BUYING_CENTER_ROLES =
            List.of("INITIATOR", "USER", "INFLUENCER", "DECISION_MAKER", "BUYER", "GATEKEEPER");

    public CoverageSettings {
        roleWeights = copyInOrder(roleWeights);
        requireEveryKey(roleWeights, OpportunityStage.class, "roleWeights");
        statusValues = Map.copyOf(statusValues);
        requireEveryKey(statusValues, RoleStatus.class, "statusValues");
        Objects.requireNonNull(decisionMakerRole, "decisionMakerRole");
        Objects.requireNonNull(gatekeeperRole, "gatekeeperRole");
        Objects.requireNonNull(decisionMakerOnlyLookback, "decisionMakerOnlyLookback");
        Objects.requireNonNull(staleMapAfter, "staleMapAfter");
        Objects.requireNonNull(blockerMinInfluence, "blockerMinInfluence");
        Objects.requireNonNull(blockerUntouchedAfter, "blockerUntouchedAfter");
        expectedSizes = Map.copyOf(expectedSizes);
        requireEveryKey(expectedSizes, SizeBand.class, "expectedSizes");
        Objects.requireNonNull(expectedSizeWhenBandUnknown, "expectedSizeWhenBandUnknown");
    }

    /** DESIGN's defaults for the {@code BUYING_CENTER} taxonomy; closed deals weigh like negotiation. */
    public static CoverageSettings defaults() {
        Map<String, Double> early = buyingCenterWeights(0.25, 0.20, 0.20, 0.20, 0.05, 0.10);
        Map<String, Double> evaluation = buyingCenterWeights(0.10, 0.20, 0.25, 0.25, 0.10, 0.10);
        Map<String, Double> late = buyingCenterWeights(0.05, 0.10, 0.15, 0.35, 0.30, 0.05);
        Map<OpportunityStage, Map<String, Double>> roleWeights = new EnumMap<>(OpportunityStage.class);
        roleWeights.put(OpportunityStage.PROSPECTING, early);
        roleWeights.put(OpportunityStage.DISCOVERY, early);
        roleWeights.put(OpportunityStage.EVALUATION, evaluation);
        roleWeights.put(OpportunityStage.NEGOTIATION, late);
        roleWeights.put(OpportunityStage.CLOSED_WON, late);
        roleWeights.put(OpportunityStage.CLOSED_LOST, late);
        return new CoverageSettings(
                roleWeights,
                Map.of(RoleStatus.MISSING, 0.0, RoleStatus.IDENTIFIED, 0.25, RoleStatus.VERIFIED, 0.5,
                        RoleStatus.ENGAGED, 0.75, RoleStatus.TRUSTED, 1.0),
                50,
                "DECISION_MAKER",
                "GATEKEEPER",
                0.15,
                1,
                Duration.ofDays(30),
                Duration.ofDays(14),
                -10,
                Influence.HIGH,
                Duration.ofDays(14),
                Map.of(SizeBand.SMALL, new SizeRange(1, 3),
                        SizeBand.MID, new SizeRange(3, 6),
                        SizeBand.LARGE, new SizeRange(6, 10),
                        SizeBand.ENTERPRISE, new SizeRange(8, 12)),
                new SizeRange(3, 6),
                1.0);
    }

    public double statusValue(RoleStatus status) {
        return statusValues.get(status);
    }

    public SizeRange expectedSize(SizeBand sizeBand) {
        return sizeBand == null ? expectedSizeWhenBandUnknown : expectedSizes.get(sizeBand);
    }

    private static Map<String, Double> buyingCenterWeights(double... weights) {
        Map<String, Double> row = new LinkedHashMap<>();
        for (int i = 0; i < weights.length; i++) {
            row.put(BUYING_CENTER_ROLES.get(i), weights[i]);
        }
        return row;
    }

    private static <K extends Enum<K>> void requireEveryKey(Map<K, ?> map, Class<K> keys, String name) {
        for (K key : keys.getEnumConstants()) {
            if (!map.containsKey(key)) {
                throw new IllegalArgumentException(name + " has no entry for " + key);
            }
        }
    }

    /** Unmodifiable copies that keep the taxonomy order, which the coverage's roles follow. */
    private static Map<OpportunityStage, Map<String, Double>> copyInOrder(
            Map<OpportunityStage, Map<String, Double>> roleWeights) {
        Map<OpportunityStage, Map<String, Double>> copy = new EnumMap<>(OpportunityStage.class);
        roleWeights.forEach((stage, row) -> copy.put(stage, Collections.unmodifiableMap(new LinkedHashMap<>(row))));
        return Collections.unmodifiableMap(copy);
    }
}
