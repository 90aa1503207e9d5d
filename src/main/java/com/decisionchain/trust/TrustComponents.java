package com.decisionchain.trust;

/** The five components of the trust score, each from 0 to 1, unrounded. */
public record TrustComponents(double responseRate, double attendanceRate, double referrals,
                              double commitmentReliability, double recency) {
}
