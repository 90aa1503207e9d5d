package com.decisionchain.coverage;

import com.decisionchain.opportunity.Cadence;
import com.decisionchain.opportunity.OpportunityStage;
import com.decisionchain.trust.TrustInput;
import com.decisionchain.trust.TrustScore;
import com.decisionchain.trust.TrustScorer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * The coverage of DESIGN §2: how well the current committee covers the stage's weighted roles, which risks the map
 * runs, and the next steps against them. Reads business time only, so the same rows give the same coverage for the
 * same {@code asOf}; rows after {@code asOf} do not count.
 */
public final class CoverageAnalyzer {

    private final CoverageSettings settings;
    private final TrustScorer trustScorer;
    private final WarmPathFinder warmPathFinder;

    public CoverageAnalyzer(CoverageSettings settings, TrustScorer trustScorer) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.trustScorer = Objects.requireNonNull(trustScorer, "trustScorer");
        this.warmPathFinder = new WarmPathFinder(settings);
    }

    public Coverage analyze(CoverageInput input, Instant asOf) {
        Map<UUID, Instant> lastTouchAt = input.lastTouches(asOf);
        List<MemberCoverage> members = input.members().stream()
                .filter(member -> member.isCurrentAt(asOf))
                .map(member -> evaluate(member, input, lastTouchAt.get(member.stakeholderId()), asOf))
                .toList();
        List<RoleCoverage> roles = roles(input.stage(), members);
        double score = score(roles);
        int committeeSize = (int) members.stream()
                .filter(member -> !member.leftCompany())
                .map(member -> member.member().stakeholderId())
                .distinct()
                .count();
        SizeRange expectedSize = settings.expectedSize(input.sizeBand());

        RiskReview.Findings findings = new RiskReview(settings, trustScorer, warmPathFinder, input, asOf, members,
                roles, committeeSize, expectedSize).run();
        return new Coverage(score, input.stage(), roles, committeeSize, expectedSize, findings.risks(),
                findings.nextActions(), asOf, settings);
    }

    /** Whether {@code at} happened no longer than {@code period} before {@code asOf}; never when {@code null}. */
    static boolean within(Instant at, Duration period, Instant asOf) {
        return at != null && !at.plus(period).isBefore(asOf);
    }

    /** 100 * sum(weight * status value), in decimal so that a sum like 41.25 rounds half up to 41.3. */
    private double score(List<RoleCoverage> roles) {
        BigDecimal sum = BigDecimal.ZERO;
        for (RoleCoverage role : roles) {
            sum = sum.add(BigDecimal.valueOf(role.weight())
                    .multiply(BigDecimal.valueOf(settings.statusValue(role.status()))));
        }
        return sum.movePointRight(2).setScale(1, RoundingMode.HALF_UP).doubleValue();
    }

    /** Trust of one committee member within the opportunity: the member's own cadence sets the recency half-life. */
    public static TrustScore memberTrust(TrustScorer trustScorer, UUID stakeholderId, Cadence cadence, CoverageInput input,
            Instant asOf) {
        return trustScorer.score(new TrustInput(stakeholderId, cadence == null ? List.of() : List.of(cadence),
                input.interactions(), input.commitments(), input.relationships()), asOf);
    }

    private MemberCoverage evaluate(CommitteeMember member, CoverageInput input, Instant lastTouchAt, Instant asOf) {
        TrustScore trust = memberTrust(trustScorer, member.stakeholderId(), member.cadence(), input, asOf);
        Duration cadenceInterval = trustScorer.settings().cadenceInterval(member.cadence());
        boolean left = member.hasLeftAt(asOf);
        return new MemberCoverage(member, status(member, left, trust, cadenceInterval, asOf), left, trust,
                lastTouchAt, lastTouchAt == null ? null : lastTouchAt.plus(cadenceInterval));
    }

    private RoleStatus status(CommitteeMember member, boolean left, TrustScore trust, Duration cadenceInterval,
                              Instant asOf) {
        if (left) {
            return RoleStatus.MISSING;
        }
        if (!member.evidence().isVerified()) {
            return RoleStatus.IDENTIFIED;
        }
        if (!within(trust.signals().lastTwoWayAt(), cadenceInterval, asOf)) {
            return RoleStatus.VERIFIED;
        }
        return trust.score() >= settings.trustedMinScore() ? RoleStatus.TRUSTED : RoleStatus.ENGAGED;
    }

    private List<RoleCoverage> roles(OpportunityStage stage, List<MemberCoverage> members) {
        Map<String, Double> weights = new LinkedHashMap<>(settings.roleWeights().get(stage));
        // A role the stage does not weigh still lists its members, so nobody on the map disappears from view.
        members.forEach(member -> weights.putIfAbsent(member.member().role(), 0.0));
        return weights.entrySet().stream().map(roleWeight -> {
            List<MemberCoverage> holders = members.stream()
                    .filter(member -> member.member().role().equals(roleWeight.getKey()))
                    .toList();
            RoleStatus best = holders.stream()
                    .map(MemberCoverage::status)
                    .max(Comparator.naturalOrder())
                    .orElse(RoleStatus.MISSING);
            return new RoleCoverage(roleWeight.getKey(), roleWeight.getValue(), best, holders);
        }).toList();
    }
}
