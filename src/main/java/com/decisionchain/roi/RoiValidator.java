package com.decisionchain.roi;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Objects;

/**
 * Checks a {@link RoiRequest} and lists every problem at once, so a client can fix them all in
 * one round trip. Pure: no framework, no exceptions for invalid input.
 */
public final class RoiValidator {

    public static final int MIN_YEARS = 1;
    public static final int MAX_YEARS = 30;
    /** Numbers are below 10^15 in magnitude: a quadrillion of any currency is beyond any business case. */
    public static final int MAX_INTEGER_DIGITS = 15;
    /** Numbers have at most 10 decimal places (trailing zeros aside): enough for any rate or share. */
    public static final int MAX_DECIMAL_PLACES = 10;
    /** Most sensitivity rows per request: each one is a full recomputation. */
    public static final int MAX_SENSITIVITY_ROWS = 20;
    /** Most payment schedule entries per request: one for each month 0..360 of the longest horizon. */
    public static final int MAX_PAYMENTS = MAX_YEARS * 12 + 1;

    private static final String REQUIRED = "is required";
    private static final String NOT_NEGATIVE = "must not be negative";
    // A benefit may shrink to nothing but never turn into a cost.
    private static final String AT_LEAST_MINUS_ONE = "must not be less than -1 (a benefit cannot fall by more than 100%)";

    /** @return the field errors of {@code request}; empty when it can be calculated */
    public List<RoiFieldError> validate(RoiRequest request) {
        Objects.requireNonNull(request, "request");
        List<RoiFieldError> errors = new ArrayList<>();
        // Sizes first, and alone: no arithmetic may touch a number before its size is known to be sane.
        validateSizes(request, errors);
        if (!errors.isEmpty()) {
            return errors;
        }

        if (request.currency() == null) {
            errors.add(new RoiFieldError("currency", REQUIRED));
        } else if (!isIsoCurrency(request.currency())) {
            errors.add(new RoiFieldError("currency", "must be an ISO 4217 currency code, e.g. EUR"));
        }
        requireNonNegative("initialCost", request.initialCost(), true, errors);
        requireNonNegative("annualBenefit", request.annualBenefit(), true, errors);
        requireNonNegative("annualRecurringCost", request.annualRecurringCost(), false, errors);
        if (isZero(request.initialCost()) && (request.annualRecurringCost() == null || isZero(request.annualRecurringCost()))) {
            errors.add(new RoiFieldError("initialCost",
                    "must be greater than 0 when there is no annualRecurringCost: ROI is relative to the total cost"));
        }

        Integer years = request.years();
        boolean yearsValid = false;
        if (years == null) {
            errors.add(new RoiFieldError("years", REQUIRED));
        } else if (years < MIN_YEARS || years > MAX_YEARS) {
            errors.add(new RoiFieldError("years", "must be between " + MIN_YEARS + " and " + MAX_YEARS));
        } else {
            yearsValid = true;
        }

        if (request.discountRate() != null && request.discountRate().compareTo(BigDecimal.ONE.negate()) <= 0) {
            errors.add(new RoiFieldError("discountRate", "must be greater than -1"));
        }
        if (request.benefitGrowthRate() != null && request.benefitGrowthRate().compareTo(BigDecimal.ONE.negate()) < 0) {
            errors.add(new RoiFieldError("benefitGrowthRate", AT_LEAST_MINUS_ONE));
        }
        validateRampUp(request.rampUp(), yearsValid ? years : null, errors);
        validatePaymentSchedule(request.paymentSchedule(), yearsValid ? years : null, errors);
        validateSensitivity(request.sensitivity(), errors);
        return errors;
    }

    /**
     * Bounds the size of every number and list, so exact decimal arithmetic stays fast whatever a
     * client sends (a short literal like 1E+999999 would otherwise expand to a million digits).
     */
    private static void validateSizes(RoiRequest request, List<RoiFieldError> errors) {
        requireBounded("initialCost", request.initialCost(), errors);
        requireBounded("annualBenefit", request.annualBenefit(), errors);
        requireBounded("annualRecurringCost", request.annualRecurringCost(), errors);
        requireBounded("discountRate", request.discountRate(), errors);
        requireBounded("benefitGrowthRate", request.benefitGrowthRate(), errors);
        List<BigDecimal> rampUp = request.rampUp() == null ? List.of() : request.rampUp();
        for (int i = 0; i < rampUp.size(); i++) {
            requireBounded("rampUp[" + i + "]", rampUp.get(i), errors);
        }
        List<PaymentShare> schedule = request.paymentSchedule() == null ? List.of() : request.paymentSchedule();
        if (schedule.size() > MAX_PAYMENTS) {
            errors.add(new RoiFieldError("paymentSchedule", "must not have more than " + MAX_PAYMENTS + " entries"));
        }
        for (int i = 0; i < schedule.size(); i++) {
            if (schedule.get(i) != null) {
                requireBounded("paymentSchedule[" + i + "].share", schedule.get(i).share(), errors);
            }
        }
        List<BigDecimal> sensitivity = request.sensitivity() == null ? List.of() : request.sensitivity();
        if (sensitivity.size() > MAX_SENSITIVITY_ROWS) {
            errors.add(new RoiFieldError("sensitivity", "must not have more than " + MAX_SENSITIVITY_ROWS + " entries"));
        }
        for (int i = 0; i < sensitivity.size(); i++) {
            requireBounded("sensitivity[" + i + "]", sensitivity.get(i), errors);
        }
    }

    private static void requireBounded(String field, BigDecimal value, List<RoiFieldError> errors) {
        if (value == null || value.signum() == 0) {
            return;
        }
        if (value.precision() - value.scale() > MAX_INTEGER_DIGITS) {
            errors.add(new RoiFieldError(field, "must be less than 10^" + MAX_INTEGER_DIGITS + " in magnitude"));
        } else if (value.stripTrailingZeros().scale() > MAX_DECIMAL_PLACES) {
            errors.add(new RoiFieldError(field, "must not have more than " + MAX_DECIMAL_PLACES + " decimal places"));
        }
    }

    private static boolean isIsoCurrency(String code) {
        try {
            Currency.getInstance(code);
            return true;
        } catch (IllegalArgumentException unknown) {
            return false;
        }
    }

    private static void requireNonNegative(String field, BigDecimal value, boolean required, List<RoiFieldError> errors) {
        if (value == null) {
            if (required) {
                errors.add(new RoiFieldError(field, REQUIRED));
            }
        } else if (value.signum() < 0) {
            errors.add(new RoiFieldError(field, NOT_NEGATIVE));
        }
    }

    private static boolean isZero(BigDecimal value) {
        return value != null && value.signum() == 0;
    }

    /** {@code years} is null when it is itself invalid: the length check then has nothing to compare with. */
    private static void validateRampUp(List<BigDecimal> rampUp, Integer years, List<RoiFieldError> errors) {
        if (rampUp == null) {
            return;
        }
        if (years != null && rampUp.size() > years) {
            errors.add(new RoiFieldError("rampUp", "must not have more entries than years (" + years + ")"));
        }
        for (int i = 0; i < rampUp.size(); i++) {
            requireNonNegative("rampUp[" + i + "]", rampUp.get(i), true, errors);
        }
    }

    /** {@code years} is null when it is itself invalid: the month range is then unknown. */
    private static void validatePaymentSchedule(List<PaymentShare> schedule, Integer years, List<RoiFieldError> errors) {
        if (schedule == null) {
            return;
        }
        BigDecimal shareSum = BigDecimal.ZERO;
        boolean allSharesGiven = true;
        for (int i = 0; i < schedule.size(); i++) {
            String path = "paymentSchedule[" + i + "]";
            PaymentShare payment = schedule.get(i);
            if (payment == null) {
                errors.add(new RoiFieldError(path, REQUIRED));
                allSharesGiven = false;
                continue;
            }
            if (payment.month() == null) {
                errors.add(new RoiFieldError(path + ".month", REQUIRED));
            } else if (years != null && (payment.month() < 0 || payment.month() > years * 12)) {
                errors.add(new RoiFieldError(path + ".month",
                        "must be between 0 and " + years * 12 + " (years * 12)"));
            }
            requireNonNegative(path + ".share", payment.share(), true, errors);
            if (payment.share() == null) {
                allSharesGiven = false;
            } else {
                shareSum = shareSum.add(payment.share());
            }
        }
        // Exact decimal comparison: 0.33 + 0.33 + 0.33 is not 1, and silently spreading the gap would hide money.
        if (allSharesGiven && shareSum.compareTo(BigDecimal.ONE) != 0) {
            errors.add(new RoiFieldError("paymentSchedule",
                    "shares must sum to exactly 1, not " + shareSum.stripTrailingZeros().toPlainString()));
        }
    }

    private static void validateSensitivity(List<BigDecimal> sensitivity, List<RoiFieldError> errors) {
        if (sensitivity == null) {
            return;
        }
        for (int i = 0; i < sensitivity.size(); i++) {
            BigDecimal change = sensitivity.get(i);
            String path = "sensitivity[" + i + "]";
            if (change == null) {
                errors.add(new RoiFieldError(path, REQUIRED));
            } else if (change.compareTo(BigDecimal.ONE.negate()) < 0) {
                errors.add(new RoiFieldError(path, AT_LEAST_MINUS_ONE));
            }
        }
    }
}
