package com.decisionchain.common;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import graphql.ErrorClassification;
import graphql.ErrorType;
import graphql.ExceptionWhileDataFetching;
import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.NonNullableFieldWasNullError;
import graphql.execution.instrumentation.ChainedInstrumentation;
import graphql.validation.ValidationError;
import graphql.validation.ValidationErrorType;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import io.smallrye.graphql.spi.EventingService;

/**
 * Gives every GraphQL error a stable {@code extensions.code} of {@link ErrorCode}, whatever raised
 * it: a resolver, bean validation, the parser, the validator or the depth and complexity limits.
 * Data-fetching failures go through {@link ErrorClassifier}, so the message is the product's own
 * and never a stack trace or class name. Registered with SmallRye GraphQL as an eventing service
 * that appends this instrumentation to the ones SmallRye configures.
 */
public class GraphQLErrorMapper extends SimplePerformantInstrumentation implements EventingService {

    private static final Pattern UNDEFINED_FIELD = Pattern.compile("Field '([^']*)'");

    /** Always on; SmallRye only asks each eventing service for a switch. */
    static final String ENABLED_KEY = "decision-chain.graphql.error-codes";

    private static final Pattern INVALID_ARGUMENT = Pattern.compile("(?s)argument '([^']*)' with value .* is not a valid .*");

    @Override
    public String getConfigKey() {
        return ENABLED_KEY;
    }

    @Override
    public GraphQL.Builder beforeGraphQLBuild(GraphQL.Builder builder) {
        Instrumentation configured = configuredInstrumentation(builder);
        List<Instrumentation> chain = new ArrayList<>();
        if (configured != null) {
            chain.add(configured);
        }
        chain.add(this);
        return builder.instrumentation(new ChainedInstrumentation(chain));
    }

    /** SmallRye sets its own instrumentation (query cache, depth and complexity) before this hook, and the builder has no getter. */
    private static Instrumentation configuredInstrumentation(GraphQL.Builder builder) {
        try {
            Field field = GraphQL.Builder.class.getDeclaredField("instrumentation");
            field.setAccessible(true);
            return (Instrumentation) field.get(builder);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot extend the GraphQL instrumentation", e);
        }
    }

    @Override
    public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result,
            InstrumentationExecutionParameters parameters, InstrumentationState state) {
        if (result.getErrors().isEmpty()) {
            return CompletableFuture.completedFuture(result);
        }
        // When an argument could not be coerced, SmallRye reports it and the resolver yields null; the
        // resulting "non-null field was null" error is a consequence, not a second (INTERNAL) failure.
        List<GraphQLError> errors = result.getErrors().size() > 1
                ? result.getErrors().stream().filter(error -> !(error instanceof NonNullableFieldWasNullError)).toList()
                : result.getErrors();
        List<GraphQLError> mapped = (errors.isEmpty() ? result.getErrors() : errors).stream()
                .map(GraphQLErrorMapper::map).toList();
        return CompletableFuture.completedFuture(result.transform(builder -> builder.errors(mapped)));
    }

    static GraphQLError map(GraphQLError error) {
        ApiException exception = toApiException(error);
        Map<String, Object> extensions = new LinkedHashMap<>();
        extensions.put("code", exception.code().name());
        if (!exception.fieldErrors().isEmpty()) {
            extensions.put("errors", exception.fieldErrors().stream()
                    .map(fieldError -> Map.of("field", fieldError.field(), "message", fieldError.message()))
                    .toList());
        }
        // The builder's default type, DataFetchingException, would be written as extensions.classification
        // and leak a class name; classify by the product's code instead.
        GraphqlErrorBuilder<?> builder = GraphqlErrorBuilder.newError()
                .errorType(ErrorClassification.errorClassification(exception.code().name()))
                .message("%s", withoutInternals(exception.getMessage()))
                .locations(error.getLocations())
                .extensions(extensions);
        if (error.getPath() != null) {
            builder.path(error.getPath());
        }
        return builder.build();
    }

    private static ApiException toApiException(GraphQLError error) {
        if (error instanceof ExceptionWhileDataFetching fetching) {
            return ErrorClassifier.classify(fetching.getException());
        }
        ErrorClassification type = error.getErrorType();
        if (type == ErrorType.ValidationError || type == ErrorType.InvalidSyntax) {
            return new ApiException(ErrorCode.VALIDATION_FAILED, clientMessage(error));
        }
        if (type == ErrorType.ExecutionAborted) {
            return new ApiException(ErrorCode.VALIDATION_FAILED, "The query exceeds the allowed depth or complexity");
        }
        if (String.valueOf(type).equals("ValidationError")) {
            return new ApiException(ErrorCode.VALIDATION_FAILED, clientMessage(error));
        }
        return ErrorClassifier.classify(new IllegalStateException(error.getMessage()));
    }

    /** SmallRye's argument coercion message quotes the raw value and the Java class of the input type. */
    static String withoutInternals(String message) {
        Matcher invalidArgument = INVALID_ARGUMENT.matcher(message);
        if (invalidArgument.matches()) {
            return "Argument '" + invalidArgument.group(1) + "' has an invalid value; check the format of dates "
                    + "(ISO-8601), numbers and enum values";
        }
        return message;
    }

    /** graphql-java prefixes messages with internal classification names such as "Validation error (FieldUndefined@[x])". */
    private static String clientMessage(GraphQLError error) {
        String message = error.getMessage() == null ? "Invalid request" : error.getMessage();
        if (error instanceof ValidationError validation
                && validation.getValidationErrorType() == ValidationErrorType.FieldUndefined) {
            // Name only the field asked for: no type names or neighbours that would map the schema.
            Matcher field = UNDEFINED_FIELD.matcher(message);
            return field.find() ? "Unknown field '" + field.group(1) + "'" : "Unknown field";
        }
        int separator = message.indexOf(") : ");
        return separator >= 0 && message.startsWith("Validation error") ? message.substring(separator + 4) : message;
    }
}
