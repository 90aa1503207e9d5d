package com.decisionchain.roi;

import java.math.BigDecimal;

/**
 * The headline figures recomputed with every year's benefit multiplied by {@code 1 + benefitChange};
 * costs are unchanged.
 *
 * @param benefitChange the relative change as requested, e.g. {@code -0.2} for 20% less benefit
 * @param irrPercent    {@code null} when no rate solves NPV = 0 for this variant
 * @param paybackMonths {@code null} when this variant does not pay back within the horizon
 */
public record RoiSensitivityRow(
        BigDecimal benefitChange,
        BigDecimal totalBenefit,
        BigDecimal netBenefit,
        BigDecimal roiPercent,
        BigDecimal npv,
        BigDecimal irrPercent,
        Integer paybackMonths) {
}
