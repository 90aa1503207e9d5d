package com.decisionchain.roi;

import java.util.List;
import java.util.function.BiConsumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.decisionchain.common.ApiException;
import com.decisionchain.common.ErrorClassifier;
import com.decisionchain.common.ErrorCode;
import com.decisionchain.common.FieldError;
import com.decisionchain.common.Problem;
import com.decisionchain.common.ProblemWriter;
import com.decisionchain.tenancy.Access;
import com.decisionchain.tenancy.Caller;
import com.decisionchain.tenancy.VerifiedTokenCache;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.quarkus.vertx.web.Route;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;

/**
 * {@code POST /api/v1/roi}: the stateless ROI calculation partners call from their own tools.
 *
 * <p>A Vert.x route on the event loop rather than a REST resource: the calculation touches no
 * database and a partner tool calls it at high rates, so it skips the REST layer's per-request
 * machinery. A token verified before is known at once ({@link VerifiedTokenCache}); any other is
 * authenticated by the OIDC mechanism, awaited without blocking. Every answer, errors included, is
 * written here: JSON, or problem+json with a stable code.
 */
@ApplicationScoped
@Tag(name = "ROI", description = "Quantified value of a deal for the customer's decision makers")
public class RoiRoute {

    static final String PATH = "/api/v1/roi";
    private static final String RETRY_AFTER = "Retry-After";
    private static final String LIMIT_HEADER = "X-RateLimit-Limit";
    private static final String REMAINING_HEADER = "X-RateLimit-Remaining";
    private static final BiConsumer<RoutingContext, Throwable> IGNORE_AUTHENTICATION_FAILURE = (context, failure) -> {
    };
    /** Token claims naming the OAuth client, in the order they are tried. */
    private static final List<String> CLIENT_CLAIMS = List.of("azp", "client_id");

    private final RoiService roi;
    private final RoiRateLimiter limiter;
    private final RoiConfig config;
    private final ProblemWriter problems;
    private final VerifiedTokenCache verifiedTokens;

    public RoiRoute(RoiService roi, RoiRateLimiter limiter, RoiConfig config, ProblemWriter problems,
            VerifiedTokenCache verifiedTokens) {
        this.roi = roi;
        this.limiter = limiter;
        this.config = config;
        this.problems = problems;
        this.verifiedTokens = verifiedTokens;
    }

    @Route(path = PATH, methods = Route.HttpMethod.POST, type = Route.HandlerType.NORMAL, order = 1)
    @SecurityRequirement(name = "SecurityScheme")
    @Operation(summary = RoiApiDocs.SUMMARY, description = RoiApiDocs.DESCRIPTION)
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = RoiRequest.class),
            examples = @ExampleObject(name = "article", summary = "The article's example, discounted at 8%",
                    value = RoiApiDocs.ARTICLE_REQUEST)))
    @APIResponse(responseCode = "200", description = "The ROI result",
            headers = {
                    @Header(name = LIMIT_HEADER, description = "Requests this client may make per minute",
                            schema = @Schema(type = SchemaType.INTEGER)),
                    @Header(name = REMAINING_HEADER, description = "Requests left in the current allowance",
                            schema = @Schema(type = SchemaType.INTEGER)) },
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RoiResult.class),
                    examples = @ExampleObject(name = "article", summary = "roiPercent 50.00, paybackMonths 40, npv 197813.01",
                            value = RoiApiDocs.ARTICLE_RESPONSE)))
    @APIResponse(responseCode = "400", description = "VALIDATION_FAILED: malformed JSON or invalid members, each named in errors[]",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "invalid", value = RoiApiDocs.VALIDATION_EXAMPLE)))
    @APIResponse(responseCode = "401", description = "UNAUTHENTICATED: no valid bearer token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "FORBIDDEN: the token's roles do not include partner, viewer, rep, manager or admin",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "411", description = "LENGTH_REQUIRED: the body was sent without Content-Length (chunked)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = "PAYLOAD_TOO_LARGE: the body exceeds the size limit (64 KB by default)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "tooLarge", value = RoiApiDocs.TOO_LARGE_EXAMPLE)))
    @APIResponse(responseCode = "429", description = "RATE_LIMITED: this client used up its requests for now",
            headers = @Header(name = RETRY_AFTER, description = "Seconds until a request will be accepted again",
                    schema = @Schema(type = SchemaType.INTEGER)),
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "rateLimited", value = RoiApiDocs.RATE_LIMITED_EXAMPLE)))
    void calculate(RoutingContext context) {
        SecurityIdentity known = verifiedTokens.knownBearer(context.request().getHeader(HttpHeaders.AUTHORIZATION));
        if (known != null) {
            answer(context, known);
            return;
        }
        // This route answers a failed authentication itself, as problem+json; Quarkus must not answer it too.
        context.put(QuarkusHttpUser.AUTH_FAILURE_HANDLER, IGNORE_AUTHENTICATION_FAILURE);
        QuarkusHttpUser.getSecurityIdentity(context, null).subscribe().with(
                identity -> answer(context, identity),
                failure -> problems.send(context, ErrorClassifier.classify(failure), PATH));
    }

    private void answer(RoutingContext context, SecurityIdentity identity) {
        try {
            String tenant = Caller.requireStateless(identity, Access.ROI);
            RoiRateLimiter.Decision decision = limiter.acquire(clientOf(tenant, identity));
            if (!decision.allowed()) {
                context.response().putHeader(RETRY_AFTER, Long.toString(decision.retryAfterSeconds()));
                throw new ApiException(ErrorCode.RATE_LIMITED, "This client may make " + limiter.limit()
                        + " ROI requests a minute; retry in " + decision.retryAfterSeconds() + " second(s)");
            }
            requireJson(context);
            // HttpHardening has refused bodies without Content-Length and over its general bound already.
            Buffer body = context.body().buffer();
            byte[] bytes = body == null ? new byte[0] : body.getBytes();
            if (bytes.length > config.maxBodyBytes()) {
                throw new ApiException(ErrorCode.PAYLOAD_TOO_LARGE,
                        "The request body is larger than " + config.maxBodyBytes() + " bytes",
                        List.of(new FieldError(RoiJson.BODY, "must not be larger than " + config.maxBodyBytes() + " bytes")));
            }
            Buffer result = Buffer.buffer(RoiJson.bytes(roi.compute(bytes, "").result()));
            context.response().setStatusCode(200)
                    .putHeader(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_JSON)
                    .putHeader(LIMIT_HEADER, Long.toString(limiter.limit()))
                    .putHeader(REMAINING_HEADER, Long.toString(decision.remaining()))
                    .end(result);
        } catch (RuntimeException failure) {
            problems.send(context, ErrorClassifier.classify(failure), PATH);
        }
    }

    /** The body must be declared as JSON (any charset parameter aside), as the documented request says. */
    private static void requireJson(RoutingContext context) {
        String type = context.request().getHeader(HttpHeaders.CONTENT_TYPE);
        int parameters = type == null ? -1 : type.indexOf(';');
        String mediaType = type == null ? "" : (parameters < 0 ? type : type.substring(0, parameters)).strip();
        if (!mediaType.equalsIgnoreCase(MediaType.APPLICATION_JSON)) {
            throw new ApiException(ErrorCode.VALIDATION_FAILED, "Send the ROI request as " + MediaType.APPLICATION_JSON,
                    List.of(new FieldError("Content-Type", "must be " + MediaType.APPLICATION_JSON)));
        }
    }

    /**
     * Any other method on the path: 405 with {@code Allow}, as problem+json like every answer here,
     * instead of falling through to the REST layer's 404.
     */
    @Route(path = PATH, type = Route.HandlerType.NORMAL, order = 2)
    @Operation(hidden = true)
    void otherMethods(RoutingContext context) {
        context.response().putHeader(HttpHeaders.ALLOW, "POST");
        problems.send(context, new ApiException(ErrorCode.METHOD_NOT_ALLOWED,
                context.request().method() + " is not supported here; send the ROI request with POST"), PATH);
    }

    /** The rate-limit key: the OAuth client the token was issued to, else its subject. */
    private static RoiRateLimiter.Client clientOf(String tenant, SecurityIdentity identity) {
        if (identity.getPrincipal() instanceof JsonWebToken token) {
            for (String claim : CLIENT_CLAIMS) {
                Object client = token.getClaim(claim);
                if (client != null && !client.toString().isBlank()) {
                    return new RoiRateLimiter.Client(tenant, claim, client.toString());
                }
            }
        }
        return new RoiRateLimiter.Client(tenant, "sub", Caller.subject(identity));
    }
}
