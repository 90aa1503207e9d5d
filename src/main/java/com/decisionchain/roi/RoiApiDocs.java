package com.decisionchain.roi;

/** OpenAPI texts of {@code POST /api/v1/roi}: the conventions (DESIGN §2) and the article's example. */
final class RoiApiDocs {

    private RoiApiDocs() {
    }

    static final String SUMMARY = "Compute an ROI model (ROI, NPV, IRR, payback, yearly rows, sensitivity)";

    static final String DESCRIPTION = """
            Stateless ROI calculation for partners and deal teams. Money is decimal (never binary floating \
            point): amounts are JSON numbers read exactly and answered with 2 decimals.

            Access: roles `partner`, `viewer`, `rep`, `manager`, `admin` (an `integrator` gets 403). Each client \
            (token `azp`/`client_id`, else subject) of a tenant may call it a configurable number of times a \
            minute (default 120); beyond that it answers 429 with `Retry-After`. The body may be at most 64 KB \
            by default (413 beyond). Unknown or duplicate members, strings where numbers belong and fractional \
            `years` or `month` are rejected (400 `VALIDATION_FAILED` naming the member).

            Request: `currency` (ISO 4217), `initialCost`, `annualBenefit`, `years` (1-30) are required; \
            optional `annualRecurringCost`, `discountRate` (> -1), `benefitGrowthRate`, `rampUp` (multipliers of \
            the benefit of the first years, at most `years` of them), `paymentSchedule` (`[{month, share}]` \
            splitting `initialCost`, months 0 to years*12, shares summing to exactly 1), `sensitivity` (relative \
            changes of the benefit, e.g. `[-0.2, 0.2]`, at most 20). Numbers are below 10^15 with at most 10 \
            decimal places.

            Response: `roiPercent` = (total benefit - total cost) / total cost * 100; `totalBenefit`, \
            `totalCost`, `netBenefit`, `npv`, `irrPercent` (with `irrNote` saying why it is null, or listing \
            every rate when several solve NPV = 0), `paybackMonths`, `years` rows (`year`, `benefit`, `cost`, \
            `net`, `cumulativeNet`, `discountedNet`), `sensitivity` rows, and the `assumptions` used.

            Conventions:
            - Omitted optional members are 0 (no discounting, growth or recurring cost) and the whole \
            `initialCost` is paid at month 0.
            - Benefits and recurring costs fall at the end of each year for NPV and IRR; a payment at month m is \
            discounted by (1 + rate)^(m/12).
            - The `years` rows run from year 0 (payments at month 0) to year N, a payment at month m > 0 falling \
            in year ceil(m/12).
            - Payback is undiscounted, with benefit minus recurring cost accruing evenly month by month, and is \
            the first whole month at whose end the cumulative net is >= 0 (rounded up), `null` if never within \
            the horizon.
            - IRR is found by bracketing and bisection; it may be negative and is `null` only when no rate \
            solves NPV = 0.
            - Money rounds half-even to 2 decimals at the end (totals are not sums of rounded rows), \
            percentages to 2 decimals.
            """;

    /** The article's example: cost 1,000,000, saving 300,000 a year for 5 years, discounted at 8%. */
    static final String ARTICLE_REQUEST = """
            {
              "currency": "CNY",
              "initialCost": 1000000,
              "annualBenefit": 300000,
              "years": 5,
              "discountRate": 0.08
            }
            """;

    /** The exact answer to {@link #ARTICLE_REQUEST}. */
    static final String ARTICLE_RESPONSE = """
            {
              "currency": "CNY",
              "roiPercent": 50.00,
              "totalBenefit": 1500000.00,
              "totalCost": 1000000.00,
              "netBenefit": 500000.00,
              "npv": 197813.01,
              "irrPercent": 15.24,
              "irrNote": null,
              "paybackMonths": 40,
              "years": [ {
                "year": 0,
                "benefit": 0.00,
                "cost": 1000000.00,
                "net": -1000000.00,
                "cumulativeNet": -1000000.00,
                "discountedNet": -1000000.00
              }, {
                "year": 1,
                "benefit": 300000.00,
                "cost": 0.00,
                "net": 300000.00,
                "cumulativeNet": -700000.00,
                "discountedNet": 277777.78
              }, {
                "year": 2,
                "benefit": 300000.00,
                "cost": 0.00,
                "net": 300000.00,
                "cumulativeNet": -400000.00,
                "discountedNet": 257201.65
              }, {
                "year": 3,
                "benefit": 300000.00,
                "cost": 0.00,
                "net": 300000.00,
                "cumulativeNet": -100000.00,
                "discountedNet": 238149.67
              }, {
                "year": 4,
                "benefit": 300000.00,
                "cost": 0.00,
                "net": 300000.00,
                "cumulativeNet": 200000.00,
                "discountedNet": 220508.96
              }, {
                "year": 5,
                "benefit": 300000.00,
                "cost": 0.00,
                "net": 300000.00,
                "cumulativeNet": 500000.00,
                "discountedNet": 204174.96
              } ],
              "sensitivity": [ ],
              "assumptions": {
                "currency": "CNY",
                "initialCost": 1000000,
                "annualBenefit": 300000,
                "years": 5,
                "annualRecurringCost": 0,
                "discountRate": 0.08,
                "benefitGrowthRate": 0,
                "rampUp": [ 1, 1, 1, 1, 1 ],
                "paymentSchedule": [ {
                  "month": 0,
                  "share": 1
                } ],
                "sensitivity": [ ],
                "conventions": [ "Omitted optional members count as 0 (no recurring cost, discounting or growth); without a paymentSchedule the whole initialCost is paid at month 0.", "Benefit in year y = annualBenefit * (1 + benefitGrowthRate)^(y-1) * rampUp[y-1], the multiplier being 1 beyond the rampUp list.", "For NPV and IRR, benefits and recurring costs fall at the end of each year; a payment at month m is discounted by (1 + discountRate)^(m/12).", "Year rows run from year 0 (payments at month 0) to year N; a payment at month m > 0 falls in year ceil(m/12).", "Payback is undiscounted: benefit minus recurring cost accrues evenly month by month and payments fall at their month; paybackMonths is the first whole month at whose end the cumulative net is >= 0, null if no month of the horizon reaches it.", "IRR is the annual rate at which NPV is 0 and may be negative; it is null when no rate solves this; when several rates do, irrNote lists them all and irrPercent is the lowest at which NPV turns from positive to negative as the rate rises.", "Sensitivity rows multiply every year's benefit by (1 + change) and keep costs unchanged.", "Money is rounded half-even to 2 decimals only at the end (totals are not sums of rounded rows); percentages are rounded half-even to 2 decimals." ]
              }
            }
            """;

    static final String VALIDATION_EXAMPLE = """
            {
              "type": "urn:decision-chain:problem:validation-failed",
              "title": "Validation failed",
              "status": 400,
              "detail": "years must be between 1 and 30 (and 1 more)",
              "instance": "/api/v1/roi",
              "code": "VALIDATION_FAILED",
              "errors": [
                {"field": "years", "message": "must be between 1 and 30"},
                {"field": "paymentSchedule", "message": "shares must sum to exactly 1, not 0.9"}
              ]
            }
            """;

    static final String TOO_LARGE_EXAMPLE = """
            {
              "type": "urn:decision-chain:problem:payload-too-large",
              "title": "Payload too large",
              "status": 413,
              "detail": "The request body is larger than 65536 bytes",
              "instance": "/api/v1/roi",
              "code": "PAYLOAD_TOO_LARGE",
              "errors": [{"field": "body", "message": "must not be larger than 65536 bytes"}]
            }
            """;

    static final String RATE_LIMITED_EXAMPLE = """
            {
              "type": "urn:decision-chain:problem:rate-limited",
              "title": "Too many requests",
              "status": 429,
              "detail": "This client may make 120 ROI requests a minute; retry in 1 second(s)",
              "instance": "/api/v1/roi",
              "code": "RATE_LIMITED"
            }
            """;
}
