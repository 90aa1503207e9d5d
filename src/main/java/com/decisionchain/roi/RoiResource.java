package com.decisionchain.roi;

import java.util.List;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

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
import com.decisionchain.common.ErrorCode;
import com.decisionchain.common.FieldError;
import com.decisionchain.common.Problem;
import com.decisionchain.common.ProblemMapper;
import com.decisionchain.tenancy.Access;
import com.decisionchain.tenancy.Caller;

import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;

/** {@code POST /api/v1/roi}: the stateless ROI calculation partners call from their own tools. */
@Path(RoiResource.PATH)
@Tag(name = "ROI", description = "Quantified value of a deal for the customer's decision makers")
public class RoiResource {

    static final String PATH = "/api/v1/roi";
    private static final String RETRY_AFTER = "Retry-After";
    private static final String LIMIT_HEADER = "X-RateLimit-Limit";
    private static final String REMAINING_HEADER = "X-RateLimit-Remaining";
    /** Token claims naming the OAuth client, in the order they are tried. */
    private static final List<String> CLIENT_CLAIMS = List.of("azp", "client_id");

    private final RoiService roi;
    private final RoiRateLimiter limiter;
    private final RoiConfig config;
    private final Caller caller;
    private final SecurityIdentity identity;
    private final CurrentIdentityAssociation identities;

    public RoiResource(RoiService roi, RoiRateLimiter limiter, RoiConfig config, Caller caller, SecurityIdentity identity,
            CurrentIdentityAssociation identities) {
        this.roi = roi;
        this.limiter = limiter;
        this.config = config;
        this.caller = caller;
        this.identity = identity;
        this.identities = identities;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces({ MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE })
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
    public Uni<Response> calculate(byte[] body) {
        // On the event loop: the identity is awaited without blocking (a token seen before is known at
        // once) and the calculation touches no database.
        return identities.getDeferredIdentity().map(verified -> {
            identities.setIdentity(verified);
            return respond(body);
        });
    }

    private Response respond(byte[] body) {
        String tenant = caller.requireStateless(Access.ROI);
        RoiRateLimiter.Decision decision = limiter.acquire(tenant, clientOf());
        if (!decision.allowed()) {
            Response problem = ProblemMapper.toResponse(new ApiException(ErrorCode.RATE_LIMITED, "This client may make "
                    + limiter.limit() + " ROI requests a minute; retry in " + decision.retryAfterSeconds() + " second(s)"),
                    PATH);
            return Response.fromResponse(problem).header(RETRY_AFTER, decision.retryAfterSeconds()).build();
        }
        // HttpHardening has refused bodies without Content-Length and over its general bound already.
        if (body.length > config.maxBodyBytes()) {
            return ProblemMapper.toResponse(new ApiException(ErrorCode.PAYLOAD_TOO_LARGE,
                    "The request body is larger than " + config.maxBodyBytes() + " bytes",
                    List.of(new FieldError(RoiJson.BODY, "must not be larger than " + config.maxBodyBytes() + " bytes"))),
                    PATH);
        }
        RoiService.Computed computed = roi.compute(body, "");
        return Response.ok(RoiJson.bytes(computed.result()), MediaType.APPLICATION_JSON_TYPE)
                .header(LIMIT_HEADER, limiter.limit())
                .header(REMAINING_HEADER, decision.remaining())
                .build();
    }

    /** The rate-limit key: the OAuth client the token was issued to, else its subject. */
    private String clientOf() {
        if (identity.getPrincipal() instanceof JsonWebToken token) {
            for (String claim : CLIENT_CLAIMS) {
                Object client = token.getClaim(claim);
                if (client != null && !client.toString().isBlank()) {
                    return claim + ':' + client;
                }
            }
        }
        return "sub:" + caller.subject();
    }
}
