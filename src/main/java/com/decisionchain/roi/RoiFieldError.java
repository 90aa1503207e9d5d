package com.decisionchain.roi;

/**
 * One invalid member of a {@link RoiRequest}, shaped like an entry of the problem+json
 * {@code errors[]} array.
 *
 * @param field path of the member, e.g. {@code paymentSchedule[1].share}
 */
public record RoiFieldError(String field, String message) {
}
