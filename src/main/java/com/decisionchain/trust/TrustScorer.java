package com.decisionchain.trust;

import com.decisionchain.interaction.CommitmentParty;
import com.decisionchain.interaction.Direction;
import com.decisionchain.stakeholder.RelationshipType;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * The trust score of DESIGN §2. Every signal is read in business time within the window
 * {@code [asOf - window, asOf]} (both ends included), so the same rows give the same score for the same
 * {@code asOf}. The rates are Laplace-smoothed (+1 / +2): a stakeholder we know nothing about sits at 0.5.
 */
public final class TrustScorer {

    private final TrustSettings settings;

    public TrustScorer(TrustSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    public TrustSettings settings() {
        return settings;
    }

    public TrustScore score(TrustInput input, Instant asOf) {
        TrustSignals signals = signals(input, asOf);
        TrustComponents components = components(signals, input, asOf);
        double score = roundedScore(components);

        // The earlier score sees only what was known then: the same rows cut at the earlier instant.
        Instant earlier = asOf.minus(settings.trendPeriod());
        double earlierScore = roundedScore(components(signals(input, earlier), input, earlier));

        return new TrustScore(score, level(score, signals), toOneDecimal(score - earlierScore),
                components, signals, asOf, settings);
    }

    private TrustSignals signals(TrustInput input, Instant asOf) {
        UUID stakeholderId = input.stakeholderId();
        Instant windowStart = asOf.minus(settings.window());

        int outboundTouches = 0;
        int responses = 0;
        int meetingsInvited = 0;
        int meetingsAttended = 0;
        Instant lastTwoWayAt = null;
        for (Interaction interaction : input.interactions()) {
            if (!within(interaction.occurredAt(), windowStart, asOf)) {
                continue;
            }
            Participant participant = interaction.participant(stakeholderId).orElse(null);
            if (participant == null) {
                continue;
            }
            if (interaction.direction() == Direction.OUTBOUND) {
                outboundTouches++;
                // Only answers to our own touches count, so the response rate stays a rate.
                if (participant.responded()) {
                    responses++;
                }
            }
            if (settings.meetingChannels().contains(interaction.channel())) {
                // Someone who showed up was evidently asked, so attendance never exceeds invitations.
                if (participant.invited() || participant.attended()) {
                    meetingsInvited++;
                }
                if (participant.attended()) {
                    meetingsAttended++;
                }
            }
            if (interaction.isTwoWayFor(participant)
                    && (lastTwoWayAt == null || interaction.occurredAt().isAfter(lastTwoWayAt))) {
                lastTwoWayAt = interaction.occurredAt();
            }
        }

        int referralsGiven = (int) input.relationships().stream()
                .filter(r -> r.type() == RelationshipType.INTRODUCED && r.fromId().equals(stakeholderId))
                .filter(r -> within(r.at(), windowStart, asOf))
                .count();

        int kept = 0;
        int late = 0;
        int broken = 0;
        for (Commitment commitment : input.commitments()) {
            if (commitment.party() != CommitmentParty.OURS || !stakeholderId.equals(commitment.stakeholderId())
                    || !within(commitment.dueAt(), windowStart, asOf)) {
                continue;
            }
            switch (commitment.statusAt(asOf)) {
                case KEPT -> kept++;
                case LATE -> late++;
                case BROKEN -> broken++;
                case OPEN, CANCELLED -> { } // neither kept nor failed yet, or no longer owed
            }
        }

        return new TrustSignals(outboundTouches, responses, meetingsInvited, meetingsAttended, referralsGiven,
                kept, late, broken, lastTwoWayAt);
    }

    private TrustComponents components(TrustSignals signals, TrustInput input, Instant asOf) {
        double responseRate = (signals.responses() + 1.0) / (signals.outboundTouches() + 2.0);
        double attendanceRate = (signals.meetingsAttended() + 1.0) / (signals.meetingsInvited() + 2.0);
        double referrals = 1 - Math.exp(-signals.referralsGiven() / settings.referralSaturation());
        double commitmentReliability =
                (signals.commitmentsKept() + settings.lateCommitmentCredit() * signals.commitmentsLate() + 1.0)
                        / (signals.commitmentsKept() + signals.commitmentsLate() + signals.commitmentsBroken() + 2.0);
        double recency = recency(signals.lastTwoWayAt(), settings.shortestCadenceInterval(input.cadences()), asOf);
        return new TrustComponents(responseRate, attendanceRate, referrals, commitmentReliability, recency);
    }

    /** Halves every half-life since the last two-way touch, counted to the second. */
    private static double recency(Instant lastTwoWayAt, Duration halfLife, Instant asOf) {
        if (lastTwoWayAt == null) {
            return 0;
        }
        double elapsed = Duration.between(lastTwoWayAt, asOf).toSeconds();
        return Math.pow(0.5, elapsed / halfLife.toSeconds());
    }

    private double roundedScore(TrustComponents components) {
        return toOneDecimal(100 * settings.weights().weightedSum(components));
    }

    /** Scores are shown and compared with one decimal, rounded half up (62.45 becomes 62.5). */
    private static double toOneDecimal(double value) {
        // valueOf goes through the shortest decimal form, so 62.45 is not taken for 62.4499999...
        return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP).doubleValue();
    }

    private TrustLevel level(double roundedScore, TrustSignals signals) {
        if (signals.lastTwoWayAt() == null || roundedScore < settings.transactionalFrom()) {
            return TrustLevel.COLD;
        }
        if (roundedScore < settings.developingFrom()) {
            return TrustLevel.TRANSACTIONAL;
        }
        return roundedScore < settings.partnerFrom() ? TrustLevel.DEVELOPING : TrustLevel.PARTNER;
    }

    private static boolean within(Instant at, Instant from, Instant to) {
        return !at.isBefore(from) && !at.isAfter(to);
    }
}
