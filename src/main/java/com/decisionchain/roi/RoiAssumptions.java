package com.decisionchain.roi;

import java.math.BigDecimal;
import java.util.List;

/**
 * The inputs a result was computed from, with every default filled in, and the conventions
 * applied, so a result read on its own (e.g. a saved scenario sent to a customer) explains itself.
 *
 * @param rampUp          the multiplier applied in each year 1..years (1 where the request gave none)
 * @param paymentSchedule the schedule applied ({@code [{month: 0, share: 1}]} when none was given)
 * @param conventions     the timing, discounting, payback and rounding rules, in plain words
 */
public record RoiAssumptions(
        String currency,
        BigDecimal initialCost,
        BigDecimal annualBenefit,
        int years,
        BigDecimal annualRecurringCost,
        BigDecimal discountRate,
        BigDecimal benefitGrowthRate,
        List<BigDecimal> rampUp,
        List<PaymentShare> paymentSchedule,
        List<BigDecimal> sensitivity,
        List<String> conventions) {
}
