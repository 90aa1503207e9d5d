package com.decisionchain.common;

/** Stable error codes: GraphQL {@code extensions.code} and REST problem {@code code}. Never rename one. */
public enum ErrorCode {
    UNAUTHENTICATED(401, "Authentication required"),
    FORBIDDEN(403, "Forbidden"),
    NOT_FOUND(404, "Not found"),
    METHOD_NOT_ALLOWED(405, "Method not allowed"),
    VALIDATION_FAILED(400, "Validation failed"),
    CONFLICT(409, "Conflict"),
    PAYLOAD_TOO_LARGE(413, "Payload too large"),
    LENGTH_REQUIRED(411, "Length required"),
    RATE_LIMITED(429, "Too many requests"),
    INTERNAL(500, "Internal error");

    private final int httpStatus;
    private final String title;

    ErrorCode(int httpStatus, String title) {
        this.httpStatus = httpStatus;
        this.title = title;
    }

    public int httpStatus() {
        return httpStatus;
    }

    public String title() {
        return title;
    }

    /** The problem type URI of RFC 9457 for this code. */
    public String typeUri() {
        return "urn:decision-chain:problem:" + name().toLowerCase().replace('_', '-');
    }
}
