package com.decisionchain.common;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import graphql.language.AstPrinter;
import graphql.language.Definition;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import graphql.parser.ParserEnvironment;
import graphql.parser.ParserOptions;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.security.AuthenticationException;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;

/**
 * Answers, in GraphQL's own error format with a stable code, the requests SmallRye GraphQL would
 * reject without one: a body that is not a GraphQL request, a document that does not parse, and a
 * bearer token that fails authentication (UNAUTHENTICATED with HTTP 401, not an empty 401).
 */
@ApplicationScoped
public class GraphQLRequestGuard {

    /** Runs before SmallRye GraphQL's own route on the same path. */
    private static final int ORDER = -1000;

    private final ObjectMapper json;
    private final int maxTokens;
    private final long maxRequestBytes;
    /** What is wrong with each recently seen document text (empty: nothing). */
    private final Cache<String, Optional<String>> documentProblems = Caffeine.newBuilder().maximumSize(2_000).build();

    public GraphQLRequestGuard(ObjectMapper json,
            @ConfigProperty(name = "quarkus.smallrye-graphql.parser-max-tokens", defaultValue = "15000") int maxTokens,
            @ConfigProperty(name = "decision-chain.graphql.max-request-bytes") long maxRequestBytes) {
        this.json = json;
        this.maxTokens = maxTokens;
        this.maxRequestBytes = maxRequestBytes;
    }

    void register(@Observes Router router) {
        // No file uploads and a body limit: this route runs before authentication.
        BodyHandler body = BodyHandler.create(false).setBodyLimit(maxRequestBytes);
        router.post("/graphql").order(ORDER).handler(body).handler(this::checkRequest);
        router.route("/graphql").order(ORDER).failureHandler(this::authenticationFailure);
    }

    private void checkRequest(RoutingContext context) {
        String problem = problemOf(context.body().asString());
        if (problem == null) {
            context.next();
        } else {
            respond(context, 200, new ApiException(ErrorCode.VALIDATION_FAILED, problem));
        }
    }

    private String problemOf(String body) {
        JsonNode request;
        try {
            request = json.readTree(body == null ? "" : body);
        } catch (java.io.IOException e) {
            return "The request body is not valid JSON";
        }
        if (request == null || request.isMissingNode()) {
            return "The request body is empty";
        }
        if (request.isArray()) {
            return "Send one GraphQL operation per request";
        }
        JsonNode query = request.get("query");
        if (query == null || !query.isTextual() || query.asText().isBlank()) {
            return "The request needs a 'query' string";
        }
        JsonNode variables = request.get("variables");
        if (variables != null && !variables.isNull() && !variables.isObject()) {
            return "'variables' must be a JSON object";
        }
        JsonNode operationName = request.get("operationName");
        if (operationName != null && !operationName.isNull() && !operationName.isTextual()) {
            return "'operationName' must be a string";
        }
        // Frontends send the same few documents over and over: check each text once.
        return documentProblems.get(query.asText(), this::documentProblem).orElse(null);
    }

    private Optional<String> documentProblem(String query) {
        try {
            ParserOptions options = ParserOptions.getDefaultOperationParserOptions().transform(o -> o.maxTokens(maxTokens));
            Document document = new Parser().parseDocument(ParserEnvironment.newParserEnvironment()
                    .document(query).parserOptions(options).build());
            return Optional.ofNullable(conflictingAliases(document));
        } catch (graphql.parser.exceptions.ParseCancelledException e) {
            return Optional.of("The query is too large");
        } catch (InvalidSyntaxException e) {
            return Optional.of("The query does not parse: " + e.getMessage());
        }
    }

    /**
     * Nested fields resolve in one batch per field of the schema, which gives every alias of such a
     * field the arguments of one of them. Rather than answer an alias with another alias's rows,
     * refuse a document that asks one nested field (by its path of field names, through fragments)
     * with different arguments.
     */
    private static String conflictingAliases(Document document) {
        Map<String, FragmentDefinition> fragments = new java.util.HashMap<>();
        for (Definition<?> definition : document.getDefinitions()) {
            if (definition instanceof FragmentDefinition fragment) {
                fragments.put(fragment.getName(), fragment);
            }
        }
        Map<String, String> argumentsByPath = new java.util.HashMap<>();
        for (Definition<?> definition : document.getDefinitions()) {
            if (definition instanceof OperationDefinition operation) {
                String conflict = conflictingAliases(operation.getSelectionSet(), "", false, fragments,
                        argumentsByPath, new java.util.HashSet<>());
                if (conflict != null) {
                    return conflict;
                }
            }
        }
        return null;
    }

    private static String conflictingAliases(SelectionSet selections, String path, boolean nested,
            Map<String, FragmentDefinition> fragments, Map<String, String> argumentsByPath, java.util.Set<String> visiting) {
        for (Selection<?> selection : selections.getSelections()) {
            String conflict = null;
            if (selection instanceof Field field) {
                String fieldPath = path + "/" + field.getName();
                if (nested) {
                    String arguments = AstPrinter.printAst(new Field("f", field.getArguments()));
                    String previous = argumentsByPath.putIfAbsent(fieldPath, arguments);
                    if (previous != null && !previous.equals(arguments)) {
                        return "The nested field '" + field.getName() + "' is asked twice with different arguments; "
                                + "ask it once per request or page it from a root field";
                    }
                }
                if (field.getSelectionSet() != null) {
                    conflict = conflictingAliases(field.getSelectionSet(), fieldPath, true, fragments, argumentsByPath,
                            visiting);
                }
            } else if (selection instanceof InlineFragment inline) {
                conflict = conflictingAliases(inline.getSelectionSet(), path, nested, fragments, argumentsByPath, visiting);
            } else if (selection instanceof FragmentSpread spread && fragments.containsKey(spread.getName())
                    && visiting.add(spread.getName())) {
                conflict = conflictingAliases(fragments.get(spread.getName()).getSelectionSet(), path, nested, fragments,
                        argumentsByPath, visiting);
                visiting.remove(spread.getName());
            }
            if (conflict != null) {
                return conflict;
            }
        }
        return null;
    }

    private void authenticationFailure(RoutingContext context) {
        Throwable failure = context.failure();
        if (failure instanceof AuthenticationException || context.statusCode() == 401) {
            context.response().putHeader("WWW-Authenticate", "Bearer");
            respond(context, 401, new ApiException(ErrorCode.UNAUTHENTICATED, "A valid bearer token is required"));
        } else if (context.statusCode() == 413) {
            respond(context, 413, new ApiException(ErrorCode.PAYLOAD_TOO_LARGE,
                    "The request is larger than " + maxRequestBytes + " bytes"));
        } else {
            context.next();
        }
    }

    private void respond(RoutingContext context, int status, ApiException error) {
        Map<String, Object> body = Map.of("errors", List.of(Map.of("message", error.getMessage(),
                "extensions", Map.of("code", error.code().name()))));
        try {
            context.response().setStatusCode(status).putHeader("Content-Type", "application/json")
                    .end(json.writeValueAsString(body));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            context.fail(e);
        }
    }
}
