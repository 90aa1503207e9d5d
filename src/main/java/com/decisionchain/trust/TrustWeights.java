package com.decisionchain.trust;

/** How much each trust component counts; the defaults sum to 1 so the score runs from 0 to 100. */
public record TrustWeights(double responseRate, double attendanceRate, double referrals,
                           double commitmentReliability, double recency) {

    public static TrustWeights defaults() {
        return new TrustWeights(0.30, 0.20, 0.15, 0.15, 0.20);
    }

    public double weightedSum(TrustComponents components) {
        return responseRate * components.responseRate()
                + attendanceRate * components.attendanceRate()
                + referrals * components.referrals()
                + commitmentReliability * components.commitmentReliability()
                + recency * components.recency();
    }
}
