package com.decisionchain.roi;

import java.math.BigDecimal;
import java.util.List;

/**
 * Body of {@code POST /api/v1/roi}. The member names are public API.
 *
 * <p>Required: {@code currency}, {@code initialCost}, {@code annualBenefit}, {@code years}. Every
 * other member is optional and {@code null} means its neutral default: no recurring cost, no
 * discounting, no growth, no ramp-up, the whole initial cost paid at month 0, no sensitivity rows.
 * Members are boxed so that a missing one can be reported by {@link RoiValidator}.
 *
 * @param rampUp          multipliers of the benefit in the first years (year 1 first); later years use 1
 * @param paymentSchedule how {@code initialCost} is split over months; shares sum to exactly 1
 * @param sensitivity     relative changes of the benefit to recompute, e.g. {@code [-0.2, 0.2]}
 */
public record RoiRequest(
        String currency,
        BigDecimal initialCost,
        BigDecimal annualBenefit,
        Integer years,
        BigDecimal annualRecurringCost,
        BigDecimal discountRate,
        BigDecimal benefitGrowthRate,
        List<BigDecimal> rampUp,
        List<PaymentShare> paymentSchedule,
        List<BigDecimal> sensitivity) {
}
