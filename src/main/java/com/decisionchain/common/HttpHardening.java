package com.decisionchain.common;

import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Security headers on every answer and a bound on request bodies by their Content-Length before any
 * body is read (the upload path {@code /api/v1/imports} has its own file limit and GraphQL its own). Runs ahead of every other route, including authentication and the GraphQL guard.
 */
@ApplicationScoped
public class HttpHardening {

    /** Before GraphQLRequestGuard (-1000) and every application route. */
    private static final int ORDER = -2000;
    private static final String IMPORTS = "/api/v1/imports";
    private static final String GRAPHQL = "/graphql";
    private static final String ROI = "/api/v1/roi";
    /** The optional browser UIs (GraphQL UI, Swagger UI, Dev UI) need scripts and styles. */
    private static final Pattern OPTIONAL_UIS = Pattern.compile("/q/[a-z-]*-ui(/.*)?");

    private final HttpHardeningConfig config;
    private final ProblemWriter problems;

    public HttpHardening(HttpHardeningConfig config, ProblemWriter problems) {
        this.config = config;
        this.problems = problems;
    }

    void register(@Observes Router router) {
        router.route().order(ORDER).handler(this::harden);
    }

    private void harden(RoutingContext context) {
        String path = context.normalizedPath();
        MultiMap headers = context.response().headers();
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("X-Frame-Options", "DENY");
        headers.set("Referrer-Policy", config.referrerPolicy());
        // Every request passes here: only paths under /q/ can be a UI, so the rest skip the pattern.
        if (!path.startsWith("/q/") || !OPTIONAL_UIS.matcher(path).matches()) {
            headers.set("Content-Security-Policy", config.contentSecurityPolicy());
        }
        config.strictTransportSecurity().ifPresent(value -> headers.set("Strict-Transport-Security", value));
        if (tooLarge(context, path)) {
            refuse(context, path, new ApiException(ErrorCode.PAYLOAD_TOO_LARGE,
                    "The request body is larger than " + config.maxBodyBytes() + " bytes"));
            return;
        }
        if (ofUnknownLength(context, path)) {
            refuse(context, path, new ApiException(ErrorCode.LENGTH_REQUIRED,
                    "Send the request body with its Content-Length"));
            return;
        }
        context.next();
    }

    /**
     * The ROI endpoint takes its body whole before it runs (on the event loop), so its body must declare
     * its length: a chunked or HTTP/2 body of unknown length could grow to the global upload bound.
     */
    private static boolean ofUnknownLength(RoutingContext context, String path) {
        // The route also matches the path with one trailing slash.
        return (path.equals(ROI) || path.equals(ROI + "/")) && context.request().method() == HttpMethod.POST
                && context.request().getHeader(HttpHeaders.CONTENT_LENGTH) == null;
    }

    private boolean tooLarge(RoutingContext context, String path) {
        if (path.equals(GRAPHQL) || path.equals(IMPORTS)) {
            return false;
        }
        String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length == null) {
            return false;
        }
        try {
            return Long.parseLong(length.trim()) > config.maxBodyBytes();
        } catch (NumberFormatException malformed) {
            return true;
        }
    }

    private void refuse(RoutingContext context, String path, ApiException error) {
        // the body is not read: close the connection rather than drain it
        context.response().putHeader(HttpHeaders.CONNECTION, "close");
        problems.send(context, error, path);
    }
}
