package com.decisionchain.trust;

import java.time.Instant;

/** The counts behind the trust components, within the window; {@code lastTwoWayAt} is {@code null} without any. */
public record TrustSignals(int outboundTouches, int responses, int meetingsInvited, int meetingsAttended,
                           int referralsGiven, int commitmentsKept, int commitmentsLate, int commitmentsBroken,
                           Instant lastTwoWayAt) {
}
