package com.decisionchain.common;

/** One invalid input member: its path (e.g. {@code input.name}) and what is wrong with it. */
public record FieldError(String field, String message) {
}
