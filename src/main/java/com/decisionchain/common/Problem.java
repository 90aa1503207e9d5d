package com.decisionchain.common;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/** An RFC 9457 problem document with the product's stable {@code code}. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String instance, String code,
        List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public static Problem of(ApiException exception, String instance) {
        ErrorCode code = exception.code();
        List<FieldError> errors = exception.fieldErrors().isEmpty() ? null : exception.fieldErrors();
        return new Problem(code.typeUri(), code.title(), code.httpStatus(), exception.getMessage(), instance,
                code.name(), errors);
    }
}
