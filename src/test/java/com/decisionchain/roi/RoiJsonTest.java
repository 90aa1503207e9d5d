package com.decisionchain.roi;

import static com.decisionchain.roi.RoiRequestBuilder.decimals;
import static com.decisionchain.roi.RoiRequestBuilder.payment;
import static com.decisionchain.roi.RoiRequestBuilder.request;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.json.JsonMapper;

/** The hand-ordered result writer says exactly what Jackson's data binding says for the records. */
class RoiJsonTest {

    private static final JsonMapper DATA_BINDING = JsonMapper.builder()
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();

    private final RoiCalculator calculator = new RoiCalculator();

    private static List<RoiRequest> requests() {
        return List.of(
                request("1000000", "300000", 5).discountRate("0.08").build(),
                // the recurring cost exceeds the benefit: no payback, no IRR, and a note saying why
                request("1000000", "10000", 3).recurringCost("20000").build(),
                request("1000000", "300000", 5).recurringCost("20000").growth("0.05").rampUp(decimals("0.5", "0.8"))
                        .schedule(List.of(payment(0, "0.3"), payment(6, "0.7"))).sensitivity(decimals("-0.2", "0", "0.25"))
                        .discountRate("0.1").currency("JPY").build(),
                request("123456789012.34", "98765432109.87", 30).discountRate("0.0375").build());
    }

    @Test
    void everyResultIsWrittenAsDataBindingWritesIt() throws Exception {
        for (RoiRequest request : requests()) {
            RoiResult result = calculator.calculate(request);
            assertEquals(DATA_BINDING.writeValueAsString(result), new String(RoiJson.bytes(result), StandardCharsets.UTF_8));
        }
    }

    @Test
    void theNoIrrCaseWritesItsNullsAndNote() {
        String written = new String(RoiJson.bytes(calculator.calculate(requests().get(1))), StandardCharsets.UTF_8);
        assertTrue(written.contains("\"irrPercent\":null,\"irrNote\":\"No rate makes NPV 0"), written);
        assertTrue(written.contains("\"paybackMonths\":null,\"years\":["), written);
    }

    @Test
    void conventionsReadBackAreWrittenTheSameAsTheCalculatorsOwn() throws Exception {
        RoiResult computed = calculator.calculate(requests().get(0));
        RoiAssumptions a = computed.assumptions();
        RoiAssumptions copied = new RoiAssumptions(a.currency(), a.initialCost(), a.annualBenefit(), a.years(),
                a.annualRecurringCost(), a.discountRate(), a.benefitGrowthRate(), a.rampUp(), a.paymentSchedule(),
                a.sensitivity(), new ArrayList<>(a.conventions()));
        RoiResult readBack = new RoiResult(computed.currency(), computed.roiPercent(), computed.totalBenefit(),
                computed.totalCost(), computed.netBenefit(), computed.npv(), computed.irrPercent(), computed.irrNote(),
                computed.paybackMonths(), computed.years(), computed.sensitivity(), copied);
        assertEquals(new String(RoiJson.bytes(computed), StandardCharsets.UTF_8),
                new String(RoiJson.bytes(readBack), StandardCharsets.UTF_8));
        assertEquals(DATA_BINDING.writeValueAsString(readBack), new String(RoiJson.bytes(readBack), StandardCharsets.UTF_8));
    }
}
