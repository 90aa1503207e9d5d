package com.decisionchain.roi;

import java.math.BigDecimal;
import java.util.List;

/**
 * Response of {@code POST /api/v1/roi}. Money has 2 decimals, in {@code currency}; percentages
 * have 2 decimals.
 *
 * @param roiPercent    (totalBenefit - totalCost) / totalCost * 100
 * @param npv           net present value at the discount rate (equals {@code netBenefit} at rate 0)
 * @param irrPercent    internal rate of return; may be negative; {@code null} when no rate solves NPV = 0
 * @param irrNote       why {@code irrPercent} is {@code null}, or which rates solve NPV = 0 when
 *                      several do; {@code null} when there is exactly one IRR
 * @param paybackMonths undiscounted payback in whole months; {@code null} when not reached within the horizon
 * @param years         rows for year 0 to year N
 */
public record RoiResult(
        String currency,
        BigDecimal roiPercent,
        BigDecimal totalBenefit,
        BigDecimal totalCost,
        BigDecimal netBenefit,
        BigDecimal npv,
        BigDecimal irrPercent,
        String irrNote,
        Integer paybackMonths,
        List<RoiYear> years,
        List<RoiSensitivityRow> sensitivity,
        RoiAssumptions assumptions) {
}
