package com.decisionchain.common;

/**
 * Whole-number query parameters, read as text: JAX-RS would answer one it cannot convert with 404, where the
 * client needs VALIDATION_FAILED naming the parameter.
 */
public final class QueryNumbers {

    private QueryNumbers() {
    }

    /** The value, which must be a whole number of at least {@code min}; {@code absent} when it is absent or blank. */
    public static int atLeast(String name, String value, int min, int absent) {
        if (value == null || value.isBlank()) {
            return absent;
        }
        try {
            int number = Integer.parseInt(value.strip());
            if (number >= min) {
                return number;
            }
        } catch (NumberFormatException e) {
            // Refused below, as a number out of range is.
        }
        String least = min == 0 ? "zero" : Integer.toString(min);
        throw ApiException.invalid(name, "must be a whole number, " + least + " or more");
    }
}
