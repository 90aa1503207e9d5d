package com.decisionchain.roi;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

/** Test helper: a {@link RoiRequest} with only the members a test cares about. */
final class RoiRequestBuilder {

    private String currency = "EUR";
    private BigDecimal initialCost;
    private BigDecimal annualBenefit;
    private Integer years;
    private BigDecimal annualRecurringCost;
    private BigDecimal discountRate;
    private BigDecimal benefitGrowthRate;
    private List<BigDecimal> rampUp;
    private List<PaymentShare> paymentSchedule;
    private List<BigDecimal> sensitivity;

    static RoiRequestBuilder request(String initialCost, String annualBenefit, Integer years) {
        RoiRequestBuilder builder = new RoiRequestBuilder();
        builder.initialCost = decimal(initialCost);
        builder.annualBenefit = decimal(annualBenefit);
        builder.years = years;
        return builder;
    }

    static BigDecimal decimal(String value) {
        return value == null ? null : new BigDecimal(value);
    }

    static List<BigDecimal> decimals(String... values) {
        return Arrays.stream(values).map(RoiRequestBuilder::decimal).toList();
    }

    static PaymentShare payment(Integer month, String share) {
        return new PaymentShare(month, decimal(share));
    }

    RoiRequestBuilder currency(String value) {
        currency = value;
        return this;
    }

    RoiRequestBuilder recurringCost(String value) {
        annualRecurringCost = decimal(value);
        return this;
    }

    RoiRequestBuilder discountRate(String value) {
        discountRate = decimal(value);
        return this;
    }

    RoiRequestBuilder growth(String value) {
        benefitGrowthRate = decimal(value);
        return this;
    }

    RoiRequestBuilder rampUp(List<BigDecimal> value) {
        rampUp = value;
        return this;
    }

    RoiRequestBuilder schedule(List<PaymentShare> value) {
        paymentSchedule = value;
        return this;
    }

    RoiRequestBuilder sensitivity(List<BigDecimal> value) {
        sensitivity = value;
        return this;
    }

    RoiRequest build() {
        return new RoiRequest(currency, initialCost, annualBenefit, years, annualRecurringCost, discountRate,
                benefitGrowthRate, rampUp, paymentSchedule, sensitivity);
    }
}
