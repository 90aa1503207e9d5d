package com.decisionchain.roi;

import static com.decisionchain.roi.RoiRequestBuilder.decimal;
import static com.decisionchain.roi.RoiRequestBuilder.decimals;
import static com.decisionchain.roi.RoiRequestBuilder.payment;
import static com.decisionchain.roi.RoiRequestBuilder.request;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class RoiValidatorTest {

    private final RoiValidator validator = new RoiValidator();

    @Test
    void articleRequestWithEveryOptionalMemberIsValid() {
        RoiRequest valid = request("1000000", "300000", 5).recurringCost("10000").discountRate("0.08")
                .growth("-0.05").rampUp(decimals("0.5", "0.8")).sensitivity(decimals("-0.2", "0.2"))
                .schedule(List.of(payment(0, "0.3"), payment(60, "0.7"))).build();

        assertEquals(List.of(), validator.validate(valid));
    }

    @Test
    void requiredMembersAreMissing() {
        RoiRequest empty = new RoiRequest(null, null, null, null, null, null, null, null, null, null);

        assertEquals(List.of(
                new RoiFieldError("currency", "is required"),
                new RoiFieldError("initialCost", "is required"),
                new RoiFieldError("annualBenefit", "is required"),
                new RoiFieldError("years", "is required")),
                validator.validate(empty));
    }

    @Test
    void extremeExponentsAreRefusedBeforeAnyArithmetic() {
        // Summing these shares exactly would expand 1E-999999999 to a billion digits.
        RoiRequest hostile = request("1000", "100", 5)
                .schedule(List.of(payment(0, "1E-999999999"), payment(0, "1"))).build();

        assertEquals(List.of(new RoiFieldError("paymentSchedule[0].share", "must not have more than 10 decimal places")),
                validator.validate(hostile));
    }

    @Test
    void yearsOutsideOneToThirty() {
        assertEquals(List.of(new RoiFieldError("years", "must be between 1 and 30")),
                validator.validate(request("1000", "100", 0).build()));
        assertEquals(List.of(new RoiFieldError("years", "must be between 1 and 30")),
                validator.validate(request("1000", "100", 31).build()));
        assertEquals(List.of(), validator.validate(request("1000", "100", 30).build()));
    }

    @Test
    void negativeAmounts() {
        assertEquals(List.of(
                new RoiFieldError("initialCost", "must not be negative"),
                new RoiFieldError("annualBenefit", "must not be negative"),
                new RoiFieldError("annualRecurringCost", "must not be negative")),
                validator.validate(request("-0.01", "-1", 5).recurringCost("-100").build()));
    }

    @Test
    void unknownCurrency() {
        assertEquals(List.of(new RoiFieldError("currency", "must be an ISO 4217 currency code, e.g. EUR")),
                validator.validate(request("1000", "100", 5).currency("XYZ").build()));
        assertEquals(List.of(), validator.validate(request("1000", "100", 5).currency("CNY").build()));
    }

    @Test
    void zeroTotalCostLeavesRoiUndefined() {
        assertEquals(List.of(new RoiFieldError("initialCost",
                        "must be greater than 0 when there is no annualRecurringCost: ROI is relative to the total cost")),
                validator.validate(request("0", "100", 5).build()));
        assertEquals(List.of(), validator.validate(request("0", "100", 5).recurringCost("10").build()));
    }

    @Test
    void sharesMustSumToExactlyOne() {
        assertEquals(List.of(new RoiFieldError("paymentSchedule", "shares must sum to exactly 1, not 0.99")),
                validator.validate(request("1000", "100", 5)
                        .schedule(List.of(payment(0, "0.33"), payment(12, "0.33"), payment(24, "0.33"))).build()));
        assertEquals(List.of(new RoiFieldError("paymentSchedule", "shares must sum to exactly 1, not 0")),
                validator.validate(request("1000", "100", 5).schedule(List.of()).build()));
    }

    @Test
    void negativeShare() {
        assertEquals(List.of(new RoiFieldError("paymentSchedule[1].share", "must not be negative")),
                validator.validate(request("1000", "100", 5)
                        .schedule(List.of(payment(0, "1.5"), payment(12, "-0.5"))).build()));
    }

    @Test
    void paymentMonthsOutsideTheHorizon() {
        assertEquals(List.of(
                new RoiFieldError("paymentSchedule[0].month", "must be between 0 and 60 (years * 12)"),
                new RoiFieldError("paymentSchedule[1].month", "must be between 0 and 60 (years * 12)")),
                validator.validate(request("1000", "100", 5)
                        .schedule(List.of(payment(-1, "0.5"), payment(61, "0.5"))).build()));
    }

    @Test
    void incompletePaymentEntries() {
        assertEquals(List.of(
                new RoiFieldError("paymentSchedule[0]", "is required"),
                new RoiFieldError("paymentSchedule[1].month", "is required"),
                new RoiFieldError("paymentSchedule[2].share", "is required")),
                validator.validate(request("1000", "100", 5)
                        .schedule(Arrays.asList(null, payment(null, "1"), payment(12, null))).build()));
    }

    @Test
    void discountRateMustBeAboveMinusOne() {
        assertEquals(List.of(new RoiFieldError("discountRate", "must be greater than -1")),
                validator.validate(request("1000", "100", 5).discountRate("-1").build()));
        assertEquals(List.of(), validator.validate(request("1000", "100", 5).discountRate("-0.99").build()));
    }

    @Test
    void rampUpLongerThanYears() {
        assertEquals(List.of(new RoiFieldError("rampUp", "must not have more entries than years (2)")),
                validator.validate(request("1000", "100", 2).rampUp(decimals("0.5", "0.8", "1")).build()));
    }

    @Test
    void negativeOrMissingRampUpMultiplier() {
        assertEquals(List.of(
                new RoiFieldError("rampUp[1]", "must not be negative"),
                new RoiFieldError("rampUp[2]", "is required")),
                validator.validate(request("1000", "100", 5)
                        .rampUp(Arrays.asList(decimal("0.5"), decimal("-0.1"), null)).build()));
    }

    @Test
    void benefitCannotFallByMoreThanEverything() {
        String message = "must not be less than -1 (a benefit cannot fall by more than 100%)";
        assertEquals(List.of(
                new RoiFieldError("benefitGrowthRate", message),
                new RoiFieldError("sensitivity[1]", message),
                new RoiFieldError("sensitivity[2]", "is required")),
                validator.validate(request("1000", "100", 5).growth("-1.01")
                        .sensitivity(Arrays.asList(decimal("-1"), decimal("-1.5"), null)).build()));
    }

    @Test
    void checksThatNeedYearsWaitForValidYears() {
        // With years missing, neither the rampUp length nor the month range can be judged.
        assertEquals(List.of(new RoiFieldError("years", "is required")),
                validator.validate(request("1000", "100", null)
                        .rampUp(decimals("1", "1", "1")).schedule(List.of(payment(400, "1"))).build()));
    }

    @Test
    void numbersAndListsAreBoundedSoExactArithmeticStaysCheap() {
        assertEquals(List.of(
                new RoiFieldError("initialCost", "must be less than 10^15 in magnitude"),
                new RoiFieldError("discountRate", "must not have more than 10 decimal places")),
                validator.validate(request("1E+999999", "100", 5).discountRate("0.00000000001").build()));
        assertEquals(List.of(), validator.validate(request("999999999999999.99", "100", 5)
                .discountRate("0.0800000000000000").build()));
        assertEquals(List.of(new RoiFieldError("sensitivity", "must not have more than 20 entries")),
                validator.validate(request("1000", "100", 5).sensitivity(java.util.Collections.nCopies(21, decimal("0.1"))).build()));
    }
}
