package com.decisionchain.roi;

import java.math.BigDecimal;

/**
 * One row of the projection. Year 0 holds the payments at month 0; year y >= 1 holds the benefit
 * and recurring cost of that year plus the payments at months 12(y-1)+1 .. 12y. Amounts are
 * rounded to 2 decimals from exact values, so {@code cumulativeNet} need not equal the sum of the
 * rounded {@code net} values above it.
 *
 * @param discountedNet {@code net} discounted to month 0 at the request's discount rate
 */
public record RoiYear(
        int year,
        BigDecimal benefit,
        BigDecimal cost,
        BigDecimal net,
        BigDecimal cumulativeNet,
        BigDecimal discountedNet) {
}
