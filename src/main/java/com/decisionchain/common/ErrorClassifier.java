package com.decisionchain.common;

import java.sql.SQLException;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;

import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.smallrye.graphql.transformation.TransformException;

/**
 * Turns any failure into the {@link ApiException} a client sees. Shared by the REST and GraphQL
 * error mappers so both answer the same code for the same cause. Unknown failures are logged
 * here and answered as INTERNAL without detail: no stack trace or class name leaves the service.
 */
public final class ErrorClassifier {

    private static final Logger LOG = Logger.getLogger(ErrorClassifier.class);

    private ErrorClassifier() {
    }

    public static ApiException classify(Throwable failure) {
        ApiException known = known(failure);
        return known != null ? known : unexpected(failure);
    }

    /** A failure nothing explains: logged here, and answered as INTERNAL without detail. */
    public static ApiException unexpected(Throwable failure) {
        LOG.error("Unexpected failure", failure);
        return new ApiException(ErrorCode.INTERNAL, "An internal error occurred");
    }

    /** What the first failure of the cause chain this classifier knows means, or null when it knows none. */
    public static ApiException known(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            ApiException known = classifyOne(cause);
            if (known != null) {
                return known;
            }
        }
        return null;
    }

    private static ApiException classifyOne(Throwable cause) {
        if (cause instanceof ApiException api) {
            return api;
        }
        if (cause instanceof AuthenticationFailedException || cause instanceof UnauthorizedException) {
            return new ApiException(ErrorCode.UNAUTHENTICATED, "A valid bearer token is required");
        }
        if (cause instanceof ForbiddenException) {
            return new ApiException(ErrorCode.FORBIDDEN, "Your role does not allow this operation");
        }
        if (cause instanceof ConstraintViolationException violations) {
            return fromViolations(violations);
        }
        if (cause instanceof OptimisticLockException || cause instanceof StaleStateException) {
            return ApiException.conflict("The object was changed by someone else; reload it and retry");
        }
        if (cause instanceof DateTimeParseException parse) {
            return new ApiException(ErrorCode.VALIDATION_FAILED, "'" + parse.getParsedString()
                    + "' is not a valid date or time; use ISO-8601 such as 2026-03-01 or 2026-03-01T09:30:00Z");
        }
        if (cause instanceof TransformException) {
            // An argument SmallRye GraphQL could not convert to its Java type.
            return new ApiException(ErrorCode.VALIDATION_FAILED, "An argument has the wrong format");
        }
        if (cause instanceof SQLException sql && sql.getSQLState() != null) {
            return fromSqlState(sql.getSQLState());
        }
        return null;
    }

    private static ApiException fromViolations(ConstraintViolationException violations) {
        List<FieldError> errors = new ArrayList<>();
        for (ConstraintViolation<?> violation : violations.getConstraintViolations()) {
            errors.add(new FieldError(fieldPath(violation.getPropertyPath().toString()), violation.getMessage()));
        }
        errors.sort((a, b) -> a.field().compareTo(b.field()));
        String summary = errors.isEmpty() ? "Invalid input"
                : errors.get(0).field() + ": " + errors.get(0).message();
        return new ApiException(ErrorCode.VALIDATION_FAILED, summary, errors);
    }

    /** Drops the method name from a parameter path: {@code createAccount.input.name} becomes {@code input.name}. */
    private static String fieldPath(String propertyPath) {
        int dot = propertyPath.indexOf('.');
        return dot >= 0 ? propertyPath.substring(dot + 1) : propertyPath;
    }

    private static ApiException fromSqlState(String sqlState) {
        return switch (sqlState) {
            case "23505" -> ApiException.conflict("An object with the same unique value already exists");
            case "23503" -> new ApiException(ErrorCode.NOT_FOUND, "A referenced object was not found");
            case "23514", "23502", "22001", "22003", "22007", "22008", "22P02" ->
                new ApiException(ErrorCode.VALIDATION_FAILED, "A value is out of its allowed range or format");
            case "40001", "40P01" -> ApiException.conflict("A concurrent change interfered; retry the request");
            default -> null;
        };
    }
}
