package com.decisionchain.roi;

import java.util.List;
import java.util.stream.Collectors;

/** Thrown by {@link RoiCalculator} for a request that {@link RoiValidator} rejects. */
public class RoiValidationException extends IllegalArgumentException {

    private final transient List<RoiFieldError> errors;

    public RoiValidationException(List<RoiFieldError> errors) {
        super(errors.stream()
                .map(error -> error.field() + " " + error.message())
                .collect(Collectors.joining("; ")));
        this.errors = List.copyOf(errors);
    }

    public List<RoiFieldError> errors() {
        return errors;
    }
}
