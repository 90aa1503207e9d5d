package com.decisionchain.roi;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Stateless ROI calculator: {@link #calculate(RoiRequest)} turns a request into the full result.
 *
 * <p>Money is {@link BigDecimal} throughout, never binary floating point. Benefits, costs, nets,
 * totals and payback use exact decimal arithmetic. Only discounting and the IRR, which need
 * division and 12th roots, work at {@link #PRECISION} (40 significant digits, far below a cent even
 * for amounts of 10^15). Everything is rounded once, when the result is put together. For speed,
 * the IRR scan first asks a double evaluation for the sign of NPV at each grid point and accepts
 * it only where it is beyond doubt, and proposes each root's bracket in doubles. A bracket is
 * accepted when NPV certainly changes sign across it and the rates of both its ends certainly round
 * to the same hundredth of a percent; wherever a double cannot be certain, the exact evaluation
 * decides, so the result is the same.
 */
public final class RoiCalculator {

    private static final MathContext PRECISION = new MathContext(40, RoundingMode.HALF_EVEN);
    /**
     * Digits of the IRR scan's outer bounds: few enough that their doubles convert on BigDecimal's fast
     * path rather than through a string, and plenty for bounds that already lie a factor 2 beyond every root.
     */
    private static final MathContext BOUND_PRECISION = new MathContext(15, RoundingMode.HALF_EVEN);
    private static final int MONTHS_PER_YEAR = 12;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal TWO = BigDecimal.valueOf(2);

    /** Grid step of the IRR scan, as a factor on x = (1+rate)^(-1/12): 1% of (1+rate). */
    private static final BigDecimal IRR_GRID_STEP = twelfthRoot(new BigDecimal("1.01"));
    /** 1.01^232 ≈ 10: the fine grid covers 1+rate from 1/10 to 10, i.e. rates from -90% to +906%. */
    private static final int IRR_FINE_STEPS = 232;
    /** Points of each walk kept precomputed: the fine grid, then widening steps far past any bound a request can give. */
    private static final int IRR_PRECOMPUTED_STEPS = IRR_FINE_STEPS + 24;
    /** The walks above and below x = 1, done once: the same points every scan would compute. */
    private static final Walk WALK_UP = Walk.of(true);
    private static final Walk WALK_DOWN = Walk.of(false);
    /**
     * A double evaluation of the NPV polynomial decides its sign only when its magnitude exceeds
     * this share of the sum of the magnitudes of its terms. The rounding error of a Horner
     * evaluation of a few hundred terms (and of converting the inputs to double) is below 1e-13 of
     * that sum, so this margin is ample; anything closer to 0 is evaluated exactly.
     */
    private static final double CERTAIN_SIGN_MARGIN = 1e-9;
    /**
     * How far, in hundredths of a percent per unit of 1 + |rate|, a rate computed in doubles must stay
     * from a rounding boundary to round as its exact value does. Its four multiplications and one
     * division err by at most about 12 ulp, some 1.3e-15 of 1 + |rate|, that is about 1.3e-11
     * hundredths of a percent per unit: this margin is nearly 10^5 times that.
     */
    private static final double ROUNDING_MARGIN = 1e-6;

    static final List<String> CONVENTIONS = List.of(
            "Omitted optional members count as 0 (no recurring cost, discounting or growth); without a"
                    + " paymentSchedule the whole initialCost is paid at month 0.",
            "Benefit in year y = annualBenefit * (1 + benefitGrowthRate)^(y-1) * rampUp[y-1], the"
                    + " multiplier being 1 beyond the rampUp list.",
            "For NPV and IRR, benefits and recurring costs fall at the end of each year; a payment at"
                    + " month m is discounted by (1 + discountRate)^(m/12).",
            "Year rows run from year 0 (payments at month 0) to year N; a payment at month m > 0 falls"
                    + " in year ceil(m/12).",
            "Payback is undiscounted: benefit minus recurring cost accrues evenly month by month and"
                    + " payments fall at their month; paybackMonths is the first whole month at whose end"
                    + " the cumulative net is >= 0, null if no month of the horizon reaches it.",
            "IRR is the annual rate at which NPV is 0 and may be negative; it is null when no rate"
                    + " solves this; when several rates do, irrNote lists them all and irrPercent is the lowest"
                    + " at which NPV turns from positive to negative as the rate rises.",
            "Sensitivity rows multiply every year's benefit by (1 + change) and keep costs unchanged.",
            "Money is rounded half-even to 2 decimals only at the end (totals are not sums of rounded"
                    + " rows); percentages are rounded half-even to 2 decimals.");

    private final RoiValidator validator = new RoiValidator();

    /**
     * @throws RoiValidationException when {@link RoiValidator} finds any field error
     */
    public RoiResult calculate(RoiRequest request) {
        List<RoiFieldError> errors = validator.validate(request);
        if (!errors.isEmpty()) {
            throw new RoiValidationException(errors);
        }
        List<BigDecimal> rampUp = effectiveRampUp(request);
        List<PaymentShare> schedule = request.paymentSchedule() != null
                ? request.paymentSchedule()
                : List.of(new PaymentShare(0, BigDecimal.ONE));
        List<BigDecimal> sensitivity = orEmpty(request.sensitivity());
        Plan plan = Plan.of(request, rampUp, schedule);

        Figures figures = evaluate(plan);
        List<RoiSensitivityRow> sensitivityRows = sensitivity.stream()
                .map(change -> sensitivityRow(change, evaluate(plan.withBenefitsScaledBy(BigDecimal.ONE.add(change)))))
                .toList();
        RoiAssumptions assumptions = new RoiAssumptions(
                request.currency(),
                request.initialCost(),
                request.annualBenefit(),
                plan.years(),
                plan.recurringCost(),
                plan.discountRate(),
                orZero(request.benefitGrowthRate()),
                rampUp,
                List.copyOf(schedule),
                List.copyOf(sensitivity),
                CONVENTIONS);
        return new RoiResult(
                request.currency(),
                figures.roiPercent(),
                money(figures.totalBenefit()),
                money(figures.totalCost()),
                money(figures.netBenefit()),
                money(figures.npv()),
                percent(figures.irr().rate()),
                figures.irr().note(),
                figures.paybackMonths(),
                figures.years(),
                sensitivityRows,
                assumptions);
    }

    /** The multiplier of each year 1..years: the requested ramp-up, then 1. */
    private static List<BigDecimal> effectiveRampUp(RoiRequest request) {
        List<BigDecimal> rampUp = new ArrayList<>(orEmpty(request.rampUp()));
        while (rampUp.size() < request.years()) {
            rampUp.add(BigDecimal.ONE);
        }
        return List.copyOf(rampUp);
    }

    private static RoiSensitivityRow sensitivityRow(BigDecimal change, Figures figures) {
        return new RoiSensitivityRow(
                change,
                money(figures.totalBenefit()),
                money(figures.netBenefit()),
                figures.roiPercent(),
                money(figures.npv()),
                percent(figures.irr().rate()),
                figures.paybackMonths());
    }

    /**
     * The cash flows of one scenario, exact and unrounded.
     *
     * @param benefits       benefit of year 1..years (index 0 = year 1)
     * @param paymentsByMonth initial-cost instalments, same-month instalments added up
     */
    private record Plan(
            int years,
            List<BigDecimal> benefits,
            BigDecimal recurringCost,
            BigDecimal discountRate,
            SortedMap<Integer, BigDecimal> paymentsByMonth) {

        static Plan of(RoiRequest request, List<BigDecimal> rampUp, List<PaymentShare> schedule) {
            BigDecimal growthFactor = BigDecimal.ONE.add(orZero(request.benefitGrowthRate()));
            List<BigDecimal> benefits = new ArrayList<>();
            for (int year = 1; year <= request.years(); year++) {
                // Exact: finite decimals raised to an integer power and multiplied stay finite decimals.
                benefits.add(request.annualBenefit()
                        .multiply(growthFactor.pow(year - 1))
                        .multiply(rampUp.get(year - 1)));
            }
            SortedMap<Integer, BigDecimal> payments = new TreeMap<>();
            for (PaymentShare payment : schedule) {
                payments.merge(payment.month(), request.initialCost().multiply(payment.share()), BigDecimal::add);
            }
            return new Plan(request.years(), List.copyOf(benefits), orZero(request.annualRecurringCost()),
                    orZero(request.discountRate()), Collections.unmodifiableSortedMap(payments));
        }

        Plan withBenefitsScaledBy(BigDecimal factor) {
            List<BigDecimal> scaled = benefits.stream().map(benefit -> benefit.multiply(factor)).toList();
            return new Plan(years, scaled, recurringCost, discountRate, paymentsByMonth);
        }

        /** Net flow at each month that has one: payments negative, year-end benefit minus recurring cost. */
        SortedMap<Integer, BigDecimal> netFlowsByMonth() {
            SortedMap<Integer, BigDecimal> flows = new TreeMap<>();
            paymentsByMonth.forEach((month, amount) -> flows.merge(month, amount.negate(), BigDecimal::add));
            for (int year = 1; year <= years; year++) {
                flows.merge(year * MONTHS_PER_YEAR, benefits.get(year - 1).subtract(recurringCost), BigDecimal::add);
            }
            return flows;
        }
    }

    /** Headline figures of one scenario: money unrounded, rows already rounded. */
    private record Figures(
            List<RoiYear> years,
            BigDecimal totalBenefit,
            BigDecimal totalCost,
            BigDecimal npv,
            Irr irr,
            Integer paybackMonths) {

        BigDecimal netBenefit() {
            return totalBenefit.subtract(totalCost);
        }

        BigDecimal roiPercent() {
            // One correctly rounded division: the validator guarantees a positive total cost.
            return netBenefit().multiply(HUNDRED).divide(totalCost, 2, RoundingMode.HALF_EVEN);
        }
    }

    /**
     * @param rate annual IRR as a fraction, or null with {@code note} saying why; it may be rounded
     *             already to a hundredth of a percent (see {@link #rootRate}), which is all it is read to
     */
    private record Irr(BigDecimal rate, String note) {
    }

    private static Figures evaluate(Plan plan) {
        int years = plan.years();
        BigDecimal[] benefit = new BigDecimal[years + 1];
        BigDecimal[] cost = new BigDecimal[years + 1];
        BigDecimal[] discountedNet = new BigDecimal[years + 1];
        for (int year = 0; year <= years; year++) {
            benefit[year] = year == 0 ? BigDecimal.ZERO : plan.benefits().get(year - 1);
            cost[year] = year == 0 ? BigDecimal.ZERO : plan.recurringCost();
            discountedNet[year] = BigDecimal.ZERO;
        }
        plan.paymentsByMonth().forEach((month, amount) -> cost[yearOf(month)] = cost[yearOf(month)].add(amount));

        SortedMap<Integer, BigDecimal> netFlows = plan.netFlowsByMonth();
        BigDecimal annualFactor = BigDecimal.ONE.add(plan.discountRate());
        // The 12th root is only needed for payments between year ends; year-end flows use whole powers.
        boolean midYearPayment = netFlows.keySet().stream().anyMatch(month -> month % MONTHS_PER_YEAR != 0);
        BigDecimal monthlyFactor = plan.discountRate().signum() == 0 || !midYearPayment
                ? BigDecimal.ONE : twelfthRoot(annualFactor);
        netFlows.forEach((month, flow) -> discountedNet[yearOf(month)] = discountedNet[yearOf(month)]
                .add(discount(flow, month, annualFactor, monthlyFactor)));

        List<RoiYear> rows = new ArrayList<>();
        BigDecimal cumulativeNet = BigDecimal.ZERO;
        BigDecimal totalBenefit = BigDecimal.ZERO;
        BigDecimal totalCost = BigDecimal.ZERO;
        BigDecimal npv = BigDecimal.ZERO;
        for (int year = 0; year <= years; year++) {
            BigDecimal net = benefit[year].subtract(cost[year]);
            cumulativeNet = cumulativeNet.add(net);
            totalBenefit = totalBenefit.add(benefit[year]);
            totalCost = totalCost.add(cost[year]);
            npv = npv.add(discountedNet[year]);
            rows.add(new RoiYear(year, money(benefit[year]), money(cost[year]), money(net),
                    money(cumulativeNet), money(discountedNet[year])));
        }
        return new Figures(List.copyOf(rows), totalBenefit, totalCost, npv,
                internalRateOfReturn(netFlows), paybackMonths(plan));
    }

    /** Row of a payment at {@code month}: year 0 for month 0, otherwise ceil(month / 12). */
    private static int yearOf(int month) {
        return (month + MONTHS_PER_YEAR - 1) / MONTHS_PER_YEAR;
    }

    /**
     * {@code flow / (1+rate)^(month/12)}, with the power split into whole years (an exact integer
     * power) and the remaining months (powers of the 12th root), so year-end flows are discounted
     * by plain integer powers. A flow that needs no discounting (month 0, or rate 0) stays exact.
     */
    private static BigDecimal discount(BigDecimal flow, int month, BigDecimal annualFactor, BigDecimal monthlyFactor) {
        BigDecimal compounded = annualFactor.pow(month / MONTHS_PER_YEAR)
                .multiply(monthlyFactor.pow(month % MONTHS_PER_YEAR, PRECISION), PRECISION);
        return compounded.compareTo(BigDecimal.ONE) == 0 ? flow : flow.divide(compounded, PRECISION);
    }

    /**
     * Undiscounted payback as DESIGN states it: the first whole month at whose end the cumulative net
     * is >= 0 (benefit minus recurring cost accruing evenly, payments at their month), null if no
     * month of the horizon gets there. Works on 12 x the cumulative net so a month's accrual, a
     * twelfth of (benefit - recurring cost), stays exact.
     */
    private static Integer paybackMonths(Plan plan) {
        int horizon = plan.years() * MONTHS_PER_YEAR;
        BigDecimal twelveTimesCumulative = BigDecimal.ZERO;
        for (int month = 0; month <= horizon; month++) {
            if (month > 0) {
                int year = yearOf(month);
                twelveTimesCumulative = twelveTimesCumulative
                        .add(plan.benefits().get(year - 1))
                        .subtract(plan.recurringCost());
            }
            BigDecimal payment = plan.paymentsByMonth().get(month);
            if (payment != null) {
                twelveTimesCumulative = twelveTimesCumulative.subtract(payment.multiply(BigDecimal.valueOf(MONTHS_PER_YEAR)));
            }
            if (month > 0 && twelveTimesCumulative.signum() >= 0) {
                return month;
            }
        }
        return null;
    }

    /**
     * IRR of net flows by month, found by bracketing and bisection.
     *
     * <p>With x = (1+rate)^(-1/12), NPV(rate) = sum of flow_m * x^m: a polynomial in x, and
     * rate -> x maps (-1, infinity) one-to-one onto (0, infinity) (decreasing). So the search
     * runs on x: no fractional powers, and every rate above -100% is reachable.
     *
     * <p>Multiple sign changes: by Descartes' rule of signs the number of positive roots is the
     * number of sign changes of the flows in time order, minus an even number. One change (pay,
     * then earn) means exactly one IRR; no change means none. With several changes there can be
     * several IRRs or none, so instead of converging on whichever root a start value leads to, the
     * method scans x across Cauchy's bounds, which contain every root, and bisects every grid cell
     * whose ends differ in sign. The grid moves 1% of (1+rate) per step for rates from -90% to
     * +906% and widens geometrically beyond. All roots found are kept and the note lists them.
     * The one reported is a rate at which NPV falls from positive to negative as the rate rises,
     * the reading of an IRR for an investment (below it the project adds value), the lowest such
     * if there are several; a root where NPV rises instead usually comes from small late outflows
     * (e.g. a benefit declining below the recurring cost) blown up by a very negative rate. A pair
     * of roots inside one grid cell (NPV touching 0 between two points) can be missed; with a
     * single sign change that cannot happen, since the ends of the scan then differ in sign.
     */
    private static Irr internalRateOfReturn(SortedMap<Integer, BigDecimal> flowsByMonth) {
        List<Map.Entry<Integer, BigDecimal>> flows = flowsByMonth.entrySet().stream()
                .filter(flow -> flow.getValue().signum() != 0)
                .toList();
        int signChanges = 0;
        for (int i = 1; i < flows.size(); i++) {
            if (flows.get(i).getValue().signum() != flows.get(i - 1).getValue().signum()) {
                signChanges++;
            }
        }
        if (flows.isEmpty()) {
            return new Irr(null, "IRR is undefined: every net cash flow is 0, so every rate gives NPV 0.");
        }
        if (signChanges == 0) {
            return new Irr(null, flows.get(0).getValue().signum() > 0
                    ? "No rate makes NPV 0: every net cash flow is an inflow, nothing is ever paid out net."
                    : "No rate makes NPV 0: every net cash flow is an outflow, the benefits never exceed the costs"
                            + " in any period.");
        }

        ApproximateFlows approximate = ApproximateFlows.of(flows);
        List<GridPoint> grid = scanPoints(flows);
        if (signChanges == 1) {
            return new Irr(onlyRootRate(flows, approximate, grid), null);
        }
        // Ascending x is descending rate: NPV negative just before a root in the scan means NPV
        // positive below that rate and negative above it.
        List<RateRoot> roots = new ArrayList<>();
        GridPoint previous = null;
        int previousSign = 0;
        for (GridPoint point : grid) {
            int sign = signAt(flows, approximate, point);
            if (sign == 0) {
                roots.add(new RateRoot(rateOf(point.x()), previousSign < 0));
            } else if (previousSign == -sign) {
                roots.add(new RateRoot(rootRate(flows, approximate, previous, point, previousSign), previousSign < 0));
            }
            previous = point;
            previousSign = sign;
        }
        if (roots.isEmpty()) {
            return new Irr(null, "No rate makes NPV 0: the net cash flows change sign " + signChanges
                    + " times, but NPV stays " + (flows.get(0).getValue().signum() < 0 ? "negative" : "positive")
                    + " at every rate.");
        }
        if (roots.size() == 1) {
            return new Irr(roots.get(0).rate(), null);
        }
        roots.sort(Comparator.comparing(RateRoot::rate));
        BigDecimal reported = roots.stream()
                .filter(RateRoot::npvFallsThroughZero)
                .findFirst()
                .orElse(roots.get(0))
                .rate();
        return new Irr(reported, "The net cash flows change sign " + signChanges + " times and " + roots.size()
                + " rates make NPV 0 (" + roots.stream().map(root -> percent(root.rate()).toPlainString() + "%")
                        .collect(Collectors.joining(", "))
                + "); irrPercent is the lowest at which NPV turns from positive to negative as the rate rises.");
    }

    /**
     * The rate of the one root that a single sign change of the flows guarantees (Descartes): NPV
     * has opposite signs at the two ends of the grid and changes sign exactly once between them, so
     * bisecting over grid indices finds the same cell as the full scan, with a handful of evaluations.
     */
    private static BigDecimal onlyRootRate(List<Map.Entry<Integer, BigDecimal>> flows, ApproximateFlows approximate,
            List<GridPoint> grid) {
        int low = 0;
        int high = grid.size() - 1;
        int lowSign = signAt(flows, approximate, grid.get(low));
        while (high - low > 1) {
            int middle = (low + high) >>> 1;
            int sign = signAt(flows, approximate, grid.get(middle));
            if (sign == 0) {
                return rateOf(grid.get(middle).x());
            }
            if (sign == lowSign) {
                low = middle;
            } else {
                high = middle;
            }
        }
        return rootRate(flows, approximate, grid.get(low), grid.get(high), lowSign);
    }

    /** The sign of NPV at a grid point: from doubles where beyond doubt, else exact. */
    private static int signAt(List<Map.Entry<Integer, BigDecimal>> flows, ApproximateFlows approximate, GridPoint point) {
        int sign = approximate.certainSign(point.approx());
        return sign != 0 ? sign : npvPolynomial(flows, point.x()).signum();
    }

    /** @param npvFallsThroughZero whether NPV is positive just below {@code rate} and negative just above */
    private record RateRoot(BigDecimal rate, boolean npvFallsThroughZero) {
    }

    /** The annual rate of a monthly discount factor x: x^(-12) - 1. */
    private static BigDecimal rateOf(BigDecimal x) {
        return BigDecimal.ONE.divide(x.pow(MONTHS_PER_YEAR, PRECISION), PRECISION).subtract(BigDecimal.ONE);
    }

    /**
     * NPV as the polynomial in x, divided by x^(first month) (a positive factor, so the sign is
     * kept), evaluated by Horner's scheme from the last flow back.
     */
    private static BigDecimal npvPolynomial(List<Map.Entry<Integer, BigDecimal>> flows, BigDecimal x) {
        // Most gaps are a year (one year-end to the next): compute that power once.
        BigDecimal xPerYear = x.pow(MONTHS_PER_YEAR, PRECISION);
        BigDecimal value = BigDecimal.ZERO;
        int laterMonth = flows.get(flows.size() - 1).getKey();
        for (int i = flows.size() - 1; i >= 0; i--) {
            int month = flows.get(i).getKey();
            int gap = laterMonth - month;
            BigDecimal xPowerGap = gap == MONTHS_PER_YEAR ? xPerYear : x.pow(gap, PRECISION);
            value = value.multiply(xPowerGap, PRECISION).add(flows.get(i).getValue(), PRECISION);
            laterMonth = month;
        }
        return value;
    }

    /**
     * Ascending x values from below the smallest to above the largest positive root. Cauchy's
     * bounds: every root has |x| < 1 + max|a_k| / |a_last| and |x| > |a_first| / (|a_first| + max|a_k|)
     * (the max over the other coefficients); the scan goes a factor 2 beyond both. The bounds need
     * no more than {@link #BOUND_PRECISION}: a factor 2 of slack dwarfs their rounding. The list is
     * a view over the shared precomputed walks, not a copy.
     */
    private static List<GridPoint> scanPoints(List<Map.Entry<Integer, BigDecimal>> flows) {
        BigDecimal first = flows.get(0).getValue().abs();
        BigDecimal last = flows.get(flows.size() - 1).getValue().abs();
        BigDecimal largestButFirst = BigDecimal.ZERO;
        BigDecimal largestButLast = BigDecimal.ZERO;
        for (int i = 0; i < flows.size(); i++) {
            BigDecimal magnitude = flows.get(i).getValue().abs();
            if (i > 0) {
                largestButFirst = largestButFirst.max(magnitude);
            }
            if (i < flows.size() - 1) {
                largestButLast = largestButLast.max(magnitude);
            }
        }
        GridPoint lower = GridPoint.of(first.divide(first.add(largestButFirst), BOUND_PRECISION).divide(TWO, BOUND_PRECISION));
        GridPoint upper = GridPoint.of(BigDecimal.ONE.add(largestButLast.divide(last, BOUND_PRECISION)).multiply(TWO));
        List<GridPoint> belowOne = walkFromOne(lower, false);
        List<GridPoint> aboveOne = walkFromOne(upper, true);
        int below = belowOne.size();
        int above = aboveOne.size();
        return new AbstractList<>() {
            @Override
            public GridPoint get(int index) {
                if (index == 0) {
                    return lower;
                }
                if (index <= below) {
                    return belowOne.get(below - index);
                }
                if (index == below + 1) {
                    return GridPoint.ONE;
                }
                if (index <= below + 1 + above) {
                    return aboveOne.get(index - below - 2);
                }
                return upper;
            }

            @Override
            public int size() {
                return below + above + 3;
            }
        };
    }

    /** A scan point and its nearest double, which only serves to decide signs that are beyond doubt. */
    private record GridPoint(BigDecimal x, double approx) {
        static final GridPoint ONE = new GridPoint(BigDecimal.ONE, 1.0);

        static GridPoint of(BigDecimal x) {
            return new GridPoint(x, x.doubleValue());
        }
    }

    /**
     * Grid points from x = 1 (rate 0) towards {@code limit}, excluding both: {@link #IRR_FINE_STEPS}
     * steps of {@link #IRR_GRID_STEP}, then each step the square of the one before, so reaching
     * even an extreme bound takes only a few more points.
     */
    private static List<GridPoint> walkFromOne(GridPoint limit, boolean upwards) {
        GridPoint[] walk = upwards ? WALK_UP.points() : WALK_DOWN.points();
        // The walk is monotonic: find by bisection how many of its points lie before the limit.
        int inside = 0;
        int outside = walk.length;
        while (inside < outside) {
            int middle = (inside + outside) >>> 1;
            if (beyond(walk[middle], limit, upwards)) {
                outside = middle;
            } else {
                inside = middle + 1;
            }
        }
        // A read-only view: the precomputed points are shared by every calculation.
        List<GridPoint> precomputed = Collections.unmodifiableList(Arrays.asList(walk).subList(0, inside));
        if (inside < walk.length) {
            return precomputed;
        }
        // Past the precomputed points (beyond any bound a valid request gives), keep widening.
        List<GridPoint> points = new ArrayList<>(precomputed);
        BigDecimal step = (upwards ? WALK_UP : WALK_DOWN).nextStep();
        BigDecimal x = walk[walk.length - 1].x();
        while (true) {
            x = upwards ? x.multiply(step, PRECISION) : x.divide(step, PRECISION);
            GridPoint point = GridPoint.of(x);
            if (beyond(point, limit, upwards)) {
                return points;
            }
            points.add(point);
            step = step.multiply(step, PRECISION);
        }
    }

    /**
     * Whether {@code point} lies at or past {@code limit}. Rounding to the nearest double keeps order,
     * so different doubles decide; only equal ones need the exact comparison.
     */
    private static boolean beyond(GridPoint point, GridPoint limit, boolean upwards) {
        int order = point.approx() != limit.approx() ? Double.compare(point.approx(), limit.approx())
                : point.x().compareTo(limit.x());
        return upwards ? order >= 0 : order <= 0;
    }

    /**
     * The scan's walk from x = 1 in one direction, computed once: {@link #IRR_FINE_STEPS} steps of
     * {@link #IRR_GRID_STEP}, then each step the square of the one before; {@code nextStep} is the
     * step that would give the point after the last one.
     */
    private record Walk(GridPoint[] points, BigDecimal nextStep) {

        static Walk of(boolean upwards) {
            GridPoint[] points = new GridPoint[IRR_PRECOMPUTED_STEPS];
            BigDecimal step = IRR_GRID_STEP;
            BigDecimal x = BigDecimal.ONE;
            for (int count = 1; count <= IRR_PRECOMPUTED_STEPS; count++) {
                x = upwards ? x.multiply(step, PRECISION) : x.divide(step, PRECISION);
                points[count - 1] = GridPoint.of(x);
                if (count >= IRR_FINE_STEPS) {
                    step = step.multiply(step, PRECISION);
                }
            }
            return new Walk(points, step);
        }
    }

    /**
     * The net flows as doubles, used only as a filter: a sign it reports is certain, and where it
     * cannot be certain (NPV near 0, overflow) the exact BigDecimal evaluation decides. Money is
     * still computed in BigDecimal; the IRR is reported only where the doubles' error bounds
     * certify its rounding (see {@link #rootRate}).
     */
    private record ApproximateFlows(int[] gaps, double[] flows, double[] magnitudes) {

        static ApproximateFlows of(List<Map.Entry<Integer, BigDecimal>> exact) {
            int n = exact.size();
            int[] gaps = new int[n];
            double[] flows = new double[n];
            double[] magnitudes = new double[n];
            for (int i = 0; i < n; i++) {
                gaps[i] = i + 1 < n ? exact.get(i + 1).getKey() - exact.get(i).getKey() : 0;
                flows[i] = exact.get(i).getValue().doubleValue();
                magnitudes[i] = Math.abs(flows[i]);
            }
            return new ApproximateFlows(gaps, flows, magnitudes);
        }

        /** The same Horner scheme as {@link #npvPolynomial}: its sign if beyond doubt, else 0. */
        int certainSign(double x) {
            double perYear = power(x, MONTHS_PER_YEAR);
            double value = 0;
            double bound = 0;
            for (int i = flows.length - 1; i >= 0; i--) {
                double power = gaps[i] == MONTHS_PER_YEAR ? perYear : power(x, gaps[i]);
                value = value * power + flows[i];
                bound = bound * power + magnitudes[i];
            }
            if (!Double.isFinite(value) || !Double.isFinite(bound) || bound < 1e-200
                    || Math.abs(value) <= CERTAIN_SIGN_MARGIN * bound) {
                return 0;
            }
            return value > 0 ? 1 : -1;
        }

        /** x^n by squaring: a few multiplications, each within an ulp, instead of Math.pow. */
        static double power(double x, int n) {
            double result = 1;
            double base = x;
            for (int e = n; e > 0; e >>= 1) {
                if ((e & 1) != 0) {
                    result *= base;
                }
                base *= base;
            }
            return result;
        }

        /** An approximate root in [low, high], whose ends have opposite signs, by bisection in doubles. */
        double root(double low, double high, int lowSign) {
            for (int i = 0; i < 200; i++) {
                double middle = (low + high) / 2;
                if (middle <= low || middle >= high) {
                    break;
                }
                double perYear = power(middle, MONTHS_PER_YEAR);
                double value = 0;
                for (int k = flows.length - 1; k >= 0; k--) {
                    value = value * (gaps[k] == MONTHS_PER_YEAR ? perYear : power(middle, gaps[k])) + flows[k];
                }
                if (Math.signum(value) == lowSign) {
                    low = middle;
                } else {
                    high = middle;
                }
            }
            return (low + high) / 2;
        }
    }

    /**
     * The rate of the root in the grid cell [low, high] whose ends have opposite signs. Fast path: a
     * double bisection proposes a tight bracket [from, to]. It is accepted only if NPV certainly
     * changes sign across it (a double evaluation beyond doubt, else the exact one) and the rates of
     * both its ends certainly round to the same hundredth of a percent, so the root's rate does too.
     * Otherwise the exact bisection to full precision decides, as it always could.
     */
    private static BigDecimal rootRate(List<Map.Entry<Integer, BigDecimal>> flows, ApproximateFlows approximate,
            GridPoint low, GridPoint high, int lowSign) {
        double guess = approximate.root(low.approx(), high.approx(), lowSign);
        double halfWidth = Math.abs(guess) * 1e-9;
        double from = guess - halfWidth;
        double to = guess + halfWidth;
        // Beyond the nearest doubles of the cell's ends means strictly inside the cell itself.
        if (Double.isFinite(guess) && from > low.approx() && to < high.approx()
                && signAt(flows, approximate, from) == lowSign && signAt(flows, approximate, to) == -lowSign) {
            BigDecimal rate = commonRoundedRate(from, to);
            if (rate != null) {
                return rate;
            }
        }
        return rateOf(bisect(flows, low.x(), high.x(), lowSign));
    }

    /** The sign of NPV at the exact value of {@code x}: from doubles where beyond doubt, else exact. */
    private static int signAt(List<Map.Entry<Integer, BigDecimal>> flows, ApproximateFlows approximate, double x) {
        int sign = approximate.certainSign(x);
        return sign != 0 ? sign : npvPolynomial(flows, new BigDecimal(x)).signum();
    }

    /**
     * The rate, rounded to a hundredth of a percent, of every x in [from, to] if they all round to the
     * same one, else null. The rate x^(-12) - 1 falls as x rises, so the ends bound it; their doubles
     * are off by far less than {@link #ROUNDING_MARGIN} of a hundredth of a percent, so an end that
     * keeps that margin from a rounding boundary rounds as its exact rate does; a closer one is
     * left to the exact evaluation.
     */
    private static BigDecimal commonRoundedRate(double from, double to) {
        double highest = hundredthsOfPercent(from);
        double lowest = hundredthsOfPercent(to);
        double rounded = Math.rint(highest);
        // The margin leaves no room past about 5e9 hundredths and fails NaN and infinity, so the cast is safe.
        if (Math.rint(lowest) != rounded
                || !clearOfRoundingBoundary(highest, rounded) || !clearOfRoundingBoundary(lowest, rounded)) {
            return null;
        }
        return BigDecimal.valueOf((long) rounded, 4);
    }

    /** Whether {@code hundredths} keeps {@link #ROUNDING_MARGIN} per unit of 1 + |rate| from the edges of its rounding cell. */
    private static boolean clearOfRoundingBoundary(double hundredths, double rounded) {
        double margin = ROUNDING_MARGIN * (1 + Math.abs(hundredths) / 10_000);
        return Math.abs(hundredths - rounded) < 0.5 - margin;
    }

    /** The annual rate of the monthly discount factor x, in hundredths of a percent, in doubles. */
    private static double hundredthsOfPercent(double x) {
        return (1 / ApproximateFlows.power(x, MONTHS_PER_YEAR) - 1) * 10_000;
    }

    /** Halves [low, high] until the working precision cannot split it further. */
    private static BigDecimal bisect(List<Map.Entry<Integer, BigDecimal>> flows, BigDecimal low, BigDecimal high, int lowSign) {
        while (true) {
            BigDecimal middle = low.add(high).divide(TWO, PRECISION);
            if (middle.compareTo(low) == 0 || middle.compareTo(high) == 0) {
                return middle;
            }
            int sign = npvPolynomial(flows, middle).signum();
            if (sign == 0) {
                return middle;
            }
            if (sign == lowSign) {
                low = middle;
            } else {
                high = middle;
            }
        }
    }

    /**
     * value^(1/12) for value > 0, by Newton's method in BigDecimal: y <- (11 y + value / y^11) / 12.
     * Started from a power of ten above the root, the iterates fall monotonically, so it stops at
     * the first step that no longer lowers y. Only twelfth roots are ever needed because payment
     * months are whole numbers, so (1+r)^(m/12) = (1+r)^(m div 12) * ((1+r)^(1/12))^(m mod 12);
     * this gives 40 correct digits without a maths library.
     */
    private static BigDecimal twelfthRoot(BigDecimal value) {
        int integerDigits = value.precision() - value.scale();   // value < 10^integerDigits
        BigDecimal root = BigDecimal.ONE.scaleByPowerOfTen(Math.floorDiv(integerDigits + MONTHS_PER_YEAR - 1, MONTHS_PER_YEAR));
        BigDecimal eleven = BigDecimal.valueOf(MONTHS_PER_YEAR - 1);
        BigDecimal twelve = BigDecimal.valueOf(MONTHS_PER_YEAR);
        while (true) {
            BigDecimal next = root.multiply(eleven)
                    .add(value.divide(root.pow(MONTHS_PER_YEAR - 1, PRECISION), PRECISION))
                    .divide(twelve, PRECISION);
            if (next.compareTo(root) >= 0) {
                return root;
            }
            root = next;
        }
    }

    private static BigDecimal money(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_EVEN);
    }

    private static BigDecimal percent(BigDecimal fraction) {
        return fraction == null ? null : fraction.multiply(HUNDRED).setScale(2, RoundingMode.HALF_EVEN);
    }

    private static BigDecimal orZero(BigDecimal value) {
        return value != null ? value : BigDecimal.ZERO;
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list != null ? list : List.of();
    }
}
