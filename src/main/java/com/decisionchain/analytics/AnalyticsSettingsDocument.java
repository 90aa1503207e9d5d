package com.decisionchain.analytics;

import java.time.Duration;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import com.decisionchain.account.SizeBand;
import com.decisionchain.coverage.CoverageSettings;
import com.decisionchain.coverage.RoleStatus;
import com.decisionchain.coverage.SizeRange;
import com.decisionchain.interaction.Channel;
import com.decisionchain.opportunity.Cadence;
import com.decisionchain.opportunity.Influence;
import com.decisionchain.opportunity.OpportunityStage;
import com.decisionchain.trust.TrustSettings;
import com.decisionchain.trust.TrustWeights;

/**
 * A tenant's analytics settings as the API reads and writes them ({@code GET}/{@code PUT /api/v1/settings/analytics})
 * and as every analytics result reports them. Periods are whole days. Members are boxed so that a missing one is
 * reported as such by {@link AnalyticsSettingsValidator} instead of silently reading as 0.
 */
public record AnalyticsSettingsDocument(Trust trust, Coverage coverage) {

    /** The trust score's settings (DESIGN §2, "Trust score"). */
    public record Trust(Integer windowDays, TrustWeights weights, Double referralSaturation, Double lateCommitmentCredit,
            Set<Channel> meetingChannels, Map<Cadence, Integer> cadenceIntervalDays, Integer unknownCadenceIntervalDays,
            Levels levels, Integer trendPeriodDays) {
    }

    /** The lowest rounded trust score of each level above {@code COLD}. */
    public record Levels(Double transactionalFrom, Double developingFrom, Double partnerFrom) {
    }

    /** The coverage's settings (DESIGN §2, "Coverage"); {@code roleWeights} rows keep the taxonomy order. */
    public record Coverage(Map<OpportunityStage, LinkedHashMap<String, Double>> roleWeights,
            Map<RoleStatus, Double> statusValues, Double trustedMinScore, String decisionMakerRole,
            String gatekeeperRole, Double missingRoleMinWeight, Integer singleThreadedMaxEngaged,
            Integer decisionMakerOnlyLookbackDays, Integer staleMapAfterDays, Double trustDecliningTrend,
            Influence blockerMinInfluence, Integer blockerUntouchedAfterDays, Map<SizeBand, SizeRange> expectedSizes,
            SizeRange expectedSizeWhenBandUnknown, Double warmPathLowTrustPenalty) {
    }

    public static AnalyticsSettingsDocument of(TrustSettings trust, CoverageSettings coverage) {
        Map<Cadence, Integer> cadenceDays = new EnumMap<>(Cadence.class);
        trust.cadenceIntervals().forEach((cadence, interval) -> cadenceDays.put(cadence, days(interval)));
        Map<OpportunityStage, LinkedHashMap<String, Double>> roleWeights = new EnumMap<>(OpportunityStage.class);
        coverage.roleWeights().forEach((stage, row) -> roleWeights.put(stage, new LinkedHashMap<>(row)));
        return new AnalyticsSettingsDocument(
                new Trust(days(trust.window()), trust.weights(), trust.referralSaturation(),
                        trust.lateCommitmentCredit(), new TreeSet<>(trust.meetingChannels()), cadenceDays,
                        days(trust.unknownCadenceInterval()),
                        new Levels(trust.transactionalFrom(), trust.developingFrom(), trust.partnerFrom()),
                        days(trust.trendPeriod())),
                new Coverage(roleWeights, new TreeMap<>(coverage.statusValues()), coverage.trustedMinScore(),
                        coverage.decisionMakerRole(), coverage.gatekeeperRole(), coverage.missingRoleMinWeight(),
                        coverage.singleThreadedMaxEngaged(), days(coverage.decisionMakerOnlyLookback()),
                        days(coverage.staleMapAfter()), coverage.trustDecliningTrend(), coverage.blockerMinInfluence(),
                        days(coverage.blockerUntouchedAfter()), new TreeMap<>(coverage.expectedSizes()),
                        coverage.expectedSizeWhenBandUnknown(), coverage.warmPathLowTrustPenalty()));
    }

    public static AnalyticsSettingsDocument defaults() {
        return of(TrustSettings.defaults(), CoverageSettings.defaults());
    }

    /** The calculators' settings; only call on a document that passed {@link AnalyticsSettingsValidator}. */
    public TrustSettings trustSettings() {
        Map<Cadence, Duration> intervals = new EnumMap<>(Cadence.class);
        trust.cadenceIntervalDays().forEach((cadence, days) -> intervals.put(cadence, Duration.ofDays(days)));
        return new TrustSettings(Duration.ofDays(trust.windowDays()), trust.weights(), trust.referralSaturation(),
                trust.lateCommitmentCredit(), trust.meetingChannels(), intervals,
                Duration.ofDays(trust.unknownCadenceIntervalDays()), trust.levels().transactionalFrom(),
                trust.levels().developingFrom(), trust.levels().partnerFrom(), Duration.ofDays(trust.trendPeriodDays()));
    }

    public CoverageSettings coverageSettings() {
        Map<OpportunityStage, Map<String, Double>> roleWeights = new EnumMap<>(OpportunityStage.class);
        coverage.roleWeights().forEach(roleWeights::put);
        return new CoverageSettings(roleWeights, coverage.statusValues(), coverage.trustedMinScore(),
                coverage.decisionMakerRole(), coverage.gatekeeperRole(), coverage.missingRoleMinWeight(),
                coverage.singleThreadedMaxEngaged(), Duration.ofDays(coverage.decisionMakerOnlyLookbackDays()),
                Duration.ofDays(coverage.staleMapAfterDays()), coverage.trustDecliningTrend(),
                coverage.blockerMinInfluence(), Duration.ofDays(coverage.blockerUntouchedAfterDays()),
                coverage.expectedSizes(), coverage.expectedSizeWhenBandUnknown(), coverage.warmPathLowTrustPenalty());
    }

    /** How far back the data of one analysis reaches: the trust window plus the trend period. */
    public Duration lookback() {
        return Duration.ofDays((long) trust.windowDays() + trust.trendPeriodDays());
    }

    private static int days(Duration duration) {
        return Math.toIntExact(duration.toDays());
    }
}
