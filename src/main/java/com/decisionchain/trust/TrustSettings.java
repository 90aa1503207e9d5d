package com.decisionchain.trust;

import com.decisionchain.interaction.Channel;
import com.decisionchain.opportunity.Cadence;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Every weight, window and threshold of the trust score (DESIGN §2), so a tenant can tune them.
 *
 * @param window                 how far back before {@code asOf} signals count
 * @param weights                weight of each component in the score
 * @param referralSaturation     s in {@code referrals = 1 - exp(-n / s)}
 * @param lateCommitmentCredit   how much a commitment kept late counts against one kept on time
 * @param meetingChannels        channels whose invitations and attendance make the attendance rate
 * @param cadenceIntervals       the touch interval of each cadence; a cadence missing here has no regular interval
 * @param unknownCadenceInterval the interval for an unknown cadence or one without a regular interval
 * @param transactionalFrom      lowest rounded score that is {@code TRANSACTIONAL}
 * @param developingFrom         lowest rounded score that is {@code DEVELOPING}
 * @param partnerFrom            lowest rounded score that is {@code PARTNER}
 * @param trendPeriod            how far back {@code trend30d} compares the score
 */
public record TrustSettings(Duration window, TrustWeights weights, double referralSaturation,
                            double lateCommitmentCredit, Set<Channel> meetingChannels,
                            Map<Cadence, Duration> cadenceIntervals, Duration unknownCadenceInterval,
                            double transactionalFrom, double developingFrom, double partnerFrom,
                            Duration trendPeriod) {

    public TrustSettings {
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(weights, "weights");
        meetingChannels = Set.copyOf(meetingChannels);
        cadenceIntervals = Map.copyOf(cadenceIntervals);
        Objects.requireNonNull(unknownCadenceInterval, "unknownCadenceInterval");
        Objects.requireNonNull(trendPeriod, "trendPeriod");
    }

    /** DESIGN's defaults. {@code AT_MILESTONES} and {@code NEGOTIATION_ONLY} have no regular interval: 30 days. */
    public static TrustSettings defaults() {
        return new TrustSettings(
                Duration.ofDays(180),
                TrustWeights.defaults(),
                2.0,
                0.5,
                EnumSet.of(Channel.VIDEO_MEETING, Channel.IN_PERSON_MEETING, Channel.DEMO, Channel.WEBINAR,
                        Channel.EVENT),
                Map.of(Cadence.WEEKLY, Duration.ofDays(7),
                        Cadence.BIWEEKLY, Duration.ofDays(14),
                        Cadence.MONTHLY, Duration.ofDays(30),
                        Cadence.QUARTERLY, Duration.ofDays(90)),
                Duration.ofDays(30),
                25, 50, 75,
                Duration.ofDays(30));
    }

    /** The touch interval of a cadence; {@code null} means unknown. */
    public Duration cadenceInterval(Cadence cadence) {
        return cadence == null
                ? unknownCadenceInterval
                : cadenceIntervals.getOrDefault(cadence, unknownCadenceInterval);
    }

    /** The shortest interval among several memberships' cadences, or the unknown interval when there are none. */
    public Duration shortestCadenceInterval(List<Cadence> cadences) {
        return cadences.stream().map(this::cadenceInterval).min(Duration::compareTo).orElse(unknownCadenceInterval);
    }
}
