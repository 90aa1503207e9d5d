package com.decisionchain.roi;

import static com.decisionchain.roi.RoiRequestBuilder.decimal;
import static com.decisionchain.roi.RoiRequestBuilder.decimals;
import static com.decisionchain.roi.RoiRequestBuilder.payment;
import static com.decisionchain.roi.RoiRequestBuilder.request;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Expected values are worked out by hand (arithmetic in the comments) and asserted exactly,
 * scale included: BigDecimal.equals tells 50.00 from 50.0.
 */
class RoiCalculatorTest {

    private final RoiCalculator calculator = new RoiCalculator();

    @Test
    void articleExampleGivesExactlyFiftyPercent() {
        RoiResult result = calculator.calculate(request("1000000", "300000", 5).build());

        // (5 * 300000 - 1000000) / 1000000 * 100 = 50
        assertExactly("50.00", result.roiPercent());
        assertExactly("1500000.00", result.totalBenefit());
        assertExactly("1000000.00", result.totalCost());
        assertExactly("500000.00", result.netBenefit());
        // Rate 0: NPV is the undiscounted net benefit.
        assertExactly("500000.00", result.npv());
        // 300000 * (1 - 1.152382^-5) / 0.152382 = 1000000
        assertExactly("15.24", result.irrPercent());
        assertNull(result.irrNote());
        // 300000 / 12 = 25000 a month; 1000000 / 25000 = 40 months exactly
        assertEquals(40, result.paybackMonths());
        assertEquals("EUR", result.currency());
        assertEquals(List.of(
                row(0, "0.00", "1000000.00", "-1000000.00", "-1000000.00", "-1000000.00"),
                row(1, "300000.00", "0.00", "300000.00", "-700000.00", "300000.00"),
                row(2, "300000.00", "0.00", "300000.00", "-400000.00", "300000.00"),
                row(3, "300000.00", "0.00", "300000.00", "-100000.00", "300000.00"),
                row(4, "300000.00", "0.00", "300000.00", "200000.00", "300000.00"),
                row(5, "300000.00", "0.00", "300000.00", "500000.00", "300000.00")),
                result.years());
    }

    @Test
    void articleExampleDiscountedAtEightPercent() {
        RoiResult result = calculator.calculate(request("1000000", "300000", 5).discountRate("0.08").build());

        // Annuity factor (1 - 1.08^-5) / 0.08 = (1 - 1/1.4693280768) / 0.08 = 3.9927100371;
        // -1000000 + 300000 * 3.9927100371 = 197813.01
        assertExactly("197813.01", result.npv());
        assertExactly("15.24", result.irrPercent());
        // Discounting changes neither ROI nor payback.
        assertExactly("50.00", result.roiPercent());
        assertEquals(40, result.paybackMonths());
        // 300000 / 1.08^y for y = 1..5
        assertEquals(List.of("-1000000.00", "277777.78", "257201.65", "238149.67", "220508.96", "204174.96"),
                result.years().stream().map(year -> year.discountedNet().toPlainString()).toList());
    }

    @Test
    void recurringCostIsChargedEveryYear() {
        RoiResult result = calculator.calculate(request("100000", "60000", 3).recurringCost("10000").build());

        // Benefit 3 * 60000 = 180000; cost 100000 + 3 * 10000 = 130000; 50000 / 130000 = 38.4615%
        assertExactly("180000.00", result.totalBenefit());
        assertExactly("130000.00", result.totalCost());
        assertExactly("50000.00", result.netBenefit());
        assertExactly("38.46", result.roiPercent());
        // Net 50000 a year: 50000 * (1 - 1.233752^-3) / 0.233752 = 100000
        assertExactly("23.38", result.irrPercent());
        // (60000 - 10000) / 12 a month recovers 100000 in exactly 24 months
        assertEquals(24, result.paybackMonths());
        assertEquals(row(1, "60000.00", "10000.00", "50000.00", "-50000.00", "50000.00"), result.years().get(1));
    }

    @Test
    void benefitGrowsEveryYear() {
        RoiResult result = calculator.calculate(request("100000", "50000", 3).growth("0.10").build());

        // 50000, 50000 * 1.1 = 55000, 50000 * 1.1^2 = 60500; total 165500
        assertEquals(List.of("0.00", "50000.00", "55000.00", "60500.00"),
                result.years().stream().map(year -> year.benefit().toPlainString()).toList());
        assertExactly("165500.00", result.totalBenefit());
        assertExactly("65.50", result.roiPercent());
        // -100000 + 50000/1.29 + 55000/1.29^2 + 60500/1.29^3 = 0 (IRR 28.9956%)
        assertExactly("29.00", result.irrPercent());
        // After year 1: -50000; year 2 adds 55000/12 = 4583.33 a month:
        // month 22: -50000 + 10 * 4583.33 < 0, month 23: -50000 + 11 * 4583.33 = 416.67 >= 0
        assertEquals(23, result.paybackMonths());
    }

    @Test
    void rampUpScalesTheFirstYearsOnTopOfGrowth() {
        RoiResult result = calculator.calculate(request("120000", "100000", 4)
                .growth("0.10").rampUp(decimals("0.25", "0.5")).build());

        // y1 100000 * 0.25 = 25000; y2 110000 * 0.5 = 55000; y3 121000 * 1; y4 133100 * 1
        assertEquals(List.of("0.00", "25000.00", "55000.00", "121000.00", "133100.00"),
                result.years().stream().map(year -> year.benefit().toPlainString()).toList());
        assertExactly("334100.00", result.totalBenefit());
        // 214100 / 120000 = 178.4166%
        assertExactly("178.42", result.roiPercent());
        assertExactly("41.95", result.irrPercent());
        // Cumulative -120000, -95000, -40000 after 2 years; year 3 adds 121000 / 12 = 10083.33 a month,
        // 40000 / 10083.33 = 3.97, so 4 more months: 28
        assertEquals(28, result.paybackMonths());
        assertEquals(decimals("0.25", "0.5", "1", "1"), result.assumptions().rampUp());
    }

    @Test
    void phasedPaymentFallsInItsYearAndIsDiscountedByFractionalYears() {
        RoiResult result = calculator.calculate(request("1000000", "300000", 5).discountRate("0.08")
                .schedule(List.of(payment(0, "0.5"), payment(18, "0.5"))).build());

        // Month 18 falls in year ceil(18/12) = 2. Year 2 discounted net:
        // 300000 / 1.08^2 - 500000 / 1.08^1.5 = 257201.646 - 445486.313 = -188284.67
        assertEquals(List.of(
                row(0, "0.00", "500000.00", "-500000.00", "-500000.00", "-500000.00"),
                row(1, "300000.00", "0.00", "300000.00", "-200000.00", "277777.78"),
                row(2, "300000.00", "500000.00", "-200000.00", "-400000.00", "-188284.67"),
                row(3, "300000.00", "0.00", "300000.00", "-100000.00", "238149.67"),
                row(4, "300000.00", "0.00", "300000.00", "200000.00", "220508.96"),
                row(5, "300000.00", "0.00", "300000.00", "500000.00", "204174.96")),
                result.years());
        // -500000 - 500000 / 1.08^1.5 + 300000 * 3.9927100371 = -500000 - 445486.31 + 1197813.01
        assertExactly("252326.69", result.npv());
        assertExactly("21.15", result.irrPercent());
        assertExactly("1000000.00", result.totalCost());
        // Month 17: -500000 + 17 * 25000 = -75000; month 18: -500000 + 450000 - 500000 = -550000;
        // 550000 / 25000 = 22 more months: 40
        assertEquals(40, result.paybackMonths());
    }

    @Test
    void paymentAtAYearEndBelongsToThatYearAndOneMonthLaterToTheNext() {
        RoiResult result = calculator.calculate(request("1000", "1000", 2)
                .schedule(List.of(payment(0, "0.4"), payment(12, "0.3"), payment(13, "0.3"))).build());

        assertEquals(List.of("400.00", "300.00", "300.00"),
                result.years().stream().map(year -> year.cost().toPlainString()).toList());
    }

    @Test
    void paybackIsTheFirstMonthEndAtBreakEvenEvenBeforeALaterInstalment() {
        RoiResult result = calculator.calculate(request("1000000", "300000", 5)
                .schedule(List.of(payment(0, "0.2"), payment(24, "0.8"))).build());

        // Month 8: -200000 + 8 * 25000 = 0, the first month end at which the cumulative net is >= 0
        // (DESIGN's convention), although the instalment at month 24 takes it below 0 again
        assertEquals(8, result.paybackMonths());
    }

    @Test
    void sensitivityRowsScaleTheBenefit() {
        RoiResult result = calculator.calculate(request("1000000", "300000", 5).discountRate("0.08")
                .sensitivity(decimals("-0.2", "0.2")).build());

        // -20%: 240000 a year, total 1200000, ROI 20%, NPV -1000000 + 240000 * 3.9927100371 = -41749.59,
        //       IRR 6.4022%, payback 1000000 / 20000 = 50 months
        // +20%: 360000 a year, total 1800000, ROI 80%, NPV -1000000 + 360000 * 3.9927100371 = 437375.61,
        //       IRR 23.4380%, payback 1000000 / 30000 = 33.3, rounded up to 34 months
        assertEquals(List.of(
                new RoiSensitivityRow(decimal("-0.2"), decimal("1200000.00"), decimal("200000.00"), decimal("20.00"),
                        decimal("-41749.59"), decimal("6.40"), 50),
                new RoiSensitivityRow(decimal("0.2"), decimal("1800000.00"), decimal("800000.00"), decimal("80.00"),
                        decimal("437375.61"), decimal("23.44"), 34)),
                result.sensitivity());
        // The base case is unchanged by the sensitivity rows.
        assertExactly("197813.01", result.npv());
    }

    @Test
    void oneYear() {
        RoiResult result = calculator.calculate(request("100", "110", 1).discountRate("0.10").build());

        // (110 - 100) / 100 = 10%; NPV -100 + 110 / 1.1 = 0; IRR exactly 10%
        assertExactly("10.00", result.roiPercent());
        assertExactly("0.00", result.npv());
        assertExactly("10.00", result.irrPercent());
        // 110 / 12 = 9.17 a month: month 10 reaches 91.67, month 11 reaches 100.83
        assertEquals(11, result.paybackMonths());
        assertEquals(List.of(
                row(0, "0.00", "100.00", "-100.00", "-100.00", "-100.00"),
                row(1, "110.00", "0.00", "110.00", "10.00", "100.00")),
                result.years());
    }

    @Test
    void thirtyYears() {
        RoiResult result = calculator.calculate(request("1000000", "100000", 30).discountRate("0.05").build());

        assertEquals(31, result.years().size());
        // 30 * 100000 = 3000000; (3000000 - 1000000) / 1000000 = 200%
        assertExactly("200.00", result.roiPercent());
        // Annuity factor (1 - 1.05^-30) / 0.05 = 15.3724510; -1000000 + 1537245.10
        assertExactly("537245.10", result.npv());
        // 100000 * annuity factor(30 years, 9.3073%) = 1000000
        assertExactly("9.31", result.irrPercent());
        // 1000000 / (100000 / 12) = 120 months
        assertEquals(120, result.paybackMonths());
        // 100000 / 1.05^30 = 100000 / 4.321942 = 23137.74
        assertEquals(row(30, "100000.00", "0.00", "100000.00", "2000000.00", "23137.74"), result.years().get(30));
    }

    @Test
    void trillionsStayExact() {
        RoiResult result = calculator.calculate(request("999999999999.99", "333333333333.33", 3).build());

        // 3 * 333333333333.33 = 999999999999.99 exactly (doubles would not say so): net 0
        assertExactly("999999999999.99", result.totalBenefit());
        assertExactly("0.00", result.netBenefit());
        assertExactly("0.00", result.roiPercent());
        assertExactly("0.00", result.npv());
        // NPV is 0 at rate 0, so the IRR is exactly 0
        assertExactly("0.00", result.irrPercent());
        // The cumulative net reaches exactly 0 at the end of month 36
        assertEquals(36, result.paybackMonths());
    }

    @Test
    void moneyIsRoundedHalfEvenOnlyAtTheEnd() {
        RoiResult result = calculator.calculate(request("1000000000000", "1000000000000.05", 2).growth("0.1").build());

        // Year 2: 1000000000000.05 * 1.1 = 1100000000000.055, half-even to .06
        assertEquals(decimal("1100000000000.06"), result.years().get(2).benefit());
        // Total 2100000000000.105 rounds half-even to .10, not the .11 of adding the rounded rows
        assertExactly("2100000000000.10", result.totalBenefit());
        assertExactly("1100000000000.10", result.netBenefit());
        assertEquals(decimal("1100000000000.10"), result.years().get(2).cumulativeNet());
    }

    @Test
    void noIrrWhenEveryFlowIsAnOutflow() {
        RoiResult result = calculator.calculate(request("100000", "10000", 3).recurringCost("20000").build());

        // Each year nets 10000 - 20000 = -10000 after an outflow of 100000: no rate makes NPV 0
        assertNull(result.irrPercent());
        assertTrue(result.irrNote().contains("every net cash flow is an outflow"), result.irrNote());
        assertNull(result.paybackMonths());
        // Benefit 30000, cost 160000: -130000 / 160000 = -81.25%
        assertExactly("-81.25", result.roiPercent());
        assertExactly("-130000.00", result.npv());
    }

    @Test
    void negativeIrrWhenNeverPaidBack() {
        RoiResult result = calculator.calculate(request("100000", "30000", 3).build());

        // 3 * 30000 = 90000 < 100000: never paid back, but 30000 * (1 - 0.949115^-3) / -0.050885 = 100000
        assertNull(result.paybackMonths());
        assertExactly("-5.09", result.irrPercent());
        assertNull(result.irrNote());
        assertExactly("-10.00", result.roiPercent());
    }

    @Test
    void twoRatesSolveNpvAndTheOneWhereNpvTurnsNegativeIsReported() {
        // Flows -100, +230 (362 - 132), -132 (0 - 132): -100 f^2 + 230 f - 132 = 0 with f = 1 + rate
        // gives f = (230 -+ 10) / 200 = 1.1 or 1.2; NPV is -2 at 0%, > 0 between 10% and 20%, < 0 above 20%
        RoiResult result = calculator.calculate(request("100", "362", 2)
                .recurringCost("132").rampUp(decimals("1", "0")).build());

        assertExactly("20.00", result.irrPercent());
        assertEquals("The net cash flows change sign 2 times and 2 rates make NPV 0 (10.00%, 20.00%); irrPercent"
                + " is the lowest at which NPV turns from positive to negative as the rate rises.", result.irrNote());
    }

    @Test
    void decliningBenefitDoesNotReportTheSpuriousNegativeRate() {
        // Benefits 100, 50, 25, 12.5, 6.25, 3.125 minus 10 a year: flows -100, 90, 40, 15, 2.5, -3.75, -6.875.
        // NPV: -160 at -50%, +36.875 at 0%, -18.38 at +50%; roots -44.4805% (amplified late outflows) and 28.1543%
        RoiResult result = calculator.calculate(request("100", "100", 6).growth("-0.5").recurringCost("10").build());

        assertExactly("28.15", result.irrPercent());
        assertTrue(result.irrNote().contains("(-44.48%, 28.15%)"), result.irrNote());
        // Cumulative -100, -10 after year 1; year 2 adds 40 / 12 = 3.33 a month: month 15 reaches 0 and
        // the cumulative net never falls below 0 again (it ends at 36.875)
        assertEquals(15, result.paybackMonths());
    }

    @Test
    void noIrrWhenFlowsChangeSignButNpvNeverReachesZero() {
        // Flows -100, +100, -100: -100 f^2 + 100 f - 100 has no real root (100^2 < 4 * 100 * 100)
        RoiResult result = calculator.calculate(request("100", "200", 2)
                .recurringCost("100").rampUp(decimals("1", "0")).build());

        assertNull(result.irrPercent());
        assertEquals("No rate makes NPV 0: the net cash flows change sign 2 times, but NPV stays negative at every"
                + " rate.", result.irrNote());
    }

    @Test
    void assumptionsEchoTheEffectiveInputs() {
        RoiAssumptions assumptions = calculator.calculate(request("1000000", "300000", 5).build()).assumptions();

        assertEquals(new RoiAssumptions("EUR", decimal("1000000"), decimal("300000"), 5, BigDecimal.ZERO,
                BigDecimal.ZERO, BigDecimal.ZERO, decimals("1", "1", "1", "1", "1"),
                List.of(new PaymentShare(0, BigDecimal.ONE)), List.of(), RoiCalculator.CONVENTIONS), assumptions);
    }

    @Test
    void invalidRequestIsRejectedWithItsFieldErrors() {
        RoiRequest invalid = request("1000000", "300000", 31).currency("XYZ").build();

        RoiValidationException thrown = assertThrows(RoiValidationException.class, () -> calculator.calculate(invalid));

        assertEquals(List.of(
                new RoiFieldError("currency", "must be an ISO 4217 currency code, e.g. EUR"),
                new RoiFieldError("years", "must be between 1 and 30")),
                thrown.errors());
    }

    /**
     * Whatever path the IRR search takes (doubles certified, or exact bisection), the reported rate is
     * a true root rounded half-even: NPV, evaluated independently at 60 digits, changes sign between
     * the two edges of the reported hundredth of a percent. Deterministic pseudo-random deals from tiny
     * to 10^12 amounts over 1 to 30 years: growing or shrinking benefits; recurring costs with the
     * initial cost paid in instalments at any month (gaps other than a year, and flows that change
     * sign more than once); and benefits many times the cost (rates in the thousands of percent).
     */
    @Test
    void everyReportedIrrRoundsATrueRoot() {
        Random random = new Random(20261127);
        int checked = 0;
        for (int deal = 0; deal < 3_000; deal++) {
            BigDecimal cost = BigDecimal.valueOf(Math.round(Math.pow(10, 1 + random.nextDouble() * 11)));
            int kind = deal % 3;
            double benefitShare = kind == 2 ? 5 + random.nextDouble() * 45 : 0.02 + random.nextDouble() * 3;
            BigDecimal benefit = BigDecimal.valueOf(Math.round(cost.doubleValue() * benefitShare) + 1);
            int years = 1 + random.nextInt(30);
            BigDecimal growth = kind == 0 ? BigDecimal.valueOf(random.nextInt(41) - 10, 2) : BigDecimal.ZERO;
            BigDecimal recurring = kind == 1 ? benefit.multiply(BigDecimal.valueOf(random.nextInt(90), 2)).setScale(0, RoundingMode.DOWN)
                    : BigDecimal.ZERO;
            List<PaymentShare> schedule = kind == 1
                    ? List.of(payment(0, "0.3"), payment(1 + random.nextInt(years * 12), "0.7"))
                    : List.of(payment(0, "1"));
            RoiResult result = calculator.calculate(request(cost.toPlainString(), benefit.toPlainString(), years)
                    .growth(growth.toPlainString()).recurringCost(recurring.toPlainString()).schedule(schedule).build());
            if (result.irrPercent() == null) {
                continue;
            }
            SortedMap<Integer, BigDecimal> flows = new TreeMap<>();
            schedule.forEach(share -> flows.merge(share.month(), cost.multiply(share.share()).negate(), BigDecimal::add));
            for (int year = 1; year <= years; year++) {
                flows.merge(year * 12, benefit.multiply(BigDecimal.ONE.add(growth).pow(year - 1)).subtract(recurring),
                        BigDecimal::add);
            }
            BigDecimal half = new BigDecimal("0.00005");
            BigDecimal rate = result.irrPercent().movePointLeft(2);
            // A root rounding to -100.00% lies above -100%, where NPV is defined: test just above it.
            BigDecimal lowerEdge = rate.subtract(half).max(new BigDecimal("-0.999999999999"));
            int below = npv(flows, lowerEdge).signum();
            int above = npv(flows, rate.add(half)).signum();
            String described = "deal " + deal + ": IRR " + result.irrPercent() + "% of " + flows;
            if (kind == 1) {
                assertTrue(below * above < 0, described);
            } else {
                // one sign change, pay then earn: NPV falls through 0 as the rate rises
                assertTrue(below > 0 && above < 0, described);
            }
            checked++;
        }
        assertTrue(checked > 2_000, "only " + checked + " deals had an IRR");
    }

    /** NPV of flows by month at an annual rate, at 60 digits: each flow over (1 + rate)^(month / 12). */
    private static BigDecimal npv(SortedMap<Integer, BigDecimal> flows, BigDecimal rate) {
        MathContext digits = new MathContext(60);
        BigDecimal annual = BigDecimal.ONE.add(rate);
        // The 12th root by Newton's method from the double's estimate: y <- (11 y + v / y^11) / 12.
        BigDecimal monthly = new BigDecimal(Math.pow(annual.doubleValue(), 1.0 / 12));
        for (int step = 0; step < 12; step++) {
            monthly = monthly.multiply(BigDecimal.valueOf(11)).add(annual.divide(monthly.pow(11, digits), digits))
                    .divide(BigDecimal.valueOf(12), digits);
        }
        BigDecimal npv = BigDecimal.ZERO;
        for (Map.Entry<Integer, BigDecimal> flow : flows.entrySet()) {
            npv = npv.add(flow.getValue().divide(monthly.pow(flow.getKey(), digits), digits));
        }
        return npv;
    }

    private static RoiYear row(int year, String benefit, String cost, String net, String cumulativeNet,
            String discountedNet) {
        return new RoiYear(year, decimal(benefit), decimal(cost), decimal(net), decimal(cumulativeNet),
                decimal(discountedNet));
    }

    private static void assertExactly(String expected, BigDecimal actual) {
        assertEquals(decimal(expected), actual);
    }
}
