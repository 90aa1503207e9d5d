package com.decisionchain.common;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;

/**
 * Answers a Vert.x route's failure as application/problem+json (RFC 9457) with its stable code: the
 * counterpart of {@link ProblemMapper} for handlers that run outside the REST layer.
 */
@ApplicationScoped
public class ProblemWriter {

    private final ObjectMapper json;

    public ProblemWriter(ObjectMapper json) {
        this.json = json;
    }

    /** Ends the response with {@code error}; headers the caller set before (e.g. Retry-After) go with it. */
    public void send(RoutingContext context, ApiException error, String instance) {
        byte[] body;
        try {
            body = json.writeValueAsBytes(Problem.of(error, instance));
        } catch (JsonProcessingException e) {
            context.fail(e);
            return;
        }
        if (error.code() == ErrorCode.UNAUTHENTICATED) {
            context.response().putHeader("WWW-Authenticate", "Bearer");
        }
        context.response().setStatusCode(error.code().httpStatus())
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .end(Buffer.buffer(body));
    }
}
