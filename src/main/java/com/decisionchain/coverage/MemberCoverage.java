package com.decisionchain.coverage;

import com.decisionchain.trust.TrustScore;
import java.time.Instant;

/**
 * One current committee member as analysed: how well they cover their role, whether they have left the company
 * (then they cover nothing), their trust within the opportunity, their last touch of any kind ({@code null}: never)
 * and when the next one is due by their cadence ({@code null} when never touched: it is due now).
 */
public record MemberCoverage(CommitteeMember member, RoleStatus status, boolean leftCompany, TrustScore trust,
                             Instant lastTouchAt, Instant nextTouchDueAt) {
}
