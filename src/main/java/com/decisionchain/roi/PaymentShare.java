package com.decisionchain.roi;

import java.math.BigDecimal;

/**
 * One instalment of the initial cost: {@code share} of {@code initialCost} paid at {@code month}
 * (0 = at the start, up to {@code years * 12}).
 */
public record PaymentShare(Integer month, BigDecimal share) {
}
