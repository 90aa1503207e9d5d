package com.decisionchain.common;

import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import graphql.language.AstPrinter;
import graphql.language.Definition;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.InlineFragment;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import graphql.parser.ParserEnvironment;
import graphql.parser.ParserOptions;
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

    public GraphQLRequestGuard(ObjectMapper json,
            @org.eclipse.microprofile.config.inject.ConfigProperty(name = "quarkus.smallrye-graphql.parser-max-tokens",
                    defaultValue = "15000") int maxTokens) {
        this.json = json;
        this.maxTokens = maxTokens;
    }

    void register(@Observes Router router) {
        router.post("/graphql").order(ORDER).handler(BodyHandler.create()).handler(this::checkRequest);
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
        try {
            ParserOptions options = ParserOptions.getDefaultOperationParserOptions().transform(o -> o.maxTokens(maxTokens));
            Document document = new Parser().parseDocument(ParserEnvironment.newParserEnvironment()
                    .document(query.asText()).parserOptions(options).build());
            return conflictingAliases(document);
        } catch (graphql.parser.exceptions.ParseCancelledException e) {
            return "The query is too large";
        } catch (InvalidSyntaxException e) {
            return "The query does not parse: " + e.getMessage();
        }
    }

    /**
     * Nested list fields resolve in one batch per field name, which gives every alias of such a field
     * the arguments of one of them. Rather than answer an alias with another alias's rows, refuse
     * aliases of one nested field that differ in arguments.
     */
    private static String conflictingAliases(Document document) {
        for (Definition<?> definition : document.getDefinitions()) {
            if (definition instanceof OperationDefinition operation) {
                for (Selection<?> root : operation.getSelectionSet().getSelections()) {
                    if (root instanceof Field field && field.getSelectionSet() != null) {
                        String conflict = conflictingAliases(field.getSelectionSet());
                        if (conflict != null) {
                            return conflict;
                        }
                    }
                }
            } else if (definition instanceof FragmentDefinition fragment) {
                String conflict = conflictingAliases(fragment.getSelectionSet());
                if (conflict != null) {
                    return conflict;
                }
            }
        }
        return null;
    }

    private static String conflictingAliases(SelectionSet selections) {
        Map<String, String> argumentsByField = new java.util.HashMap<>();
        for (Selection<?> selection : selections.getSelections()) {
            SelectionSet nested = selection instanceof Field field ? field.getSelectionSet()
                    : selection instanceof InlineFragment inline ? inline.getSelectionSet() : null;
            if (selection instanceof Field field) {
                String arguments = AstPrinter.printAst(new Field("f", field.getArguments()));
                String previous = argumentsByField.putIfAbsent(field.getName(), arguments);
                if (previous != null && !previous.equals(arguments)) {
                    return "Aliases of the nested field '" + field.getName() + "' must use the same arguments; "
                            + "query it once per request or page it from the root field";
                }
            }
            if (nested != null) {
                String conflict = conflictingAliases(nested);
                if (conflict != null) {
                    return conflict;
                }
            }
        }
        return null;
    }

    private void authenticationFailure(RoutingContext context) {
        Throwable failure = context.failure();
        if (failure instanceof AuthenticationException || context.statusCode() == 401) {
            context.response().putHeader("WWW-Authenticate", "Bearer");
            respond(context, 401, new ApiException(ErrorCode.UNAUTHENTICATED, "A valid bearer token is required"));
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
