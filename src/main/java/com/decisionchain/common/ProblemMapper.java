package com.decisionchain.common;

import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JacksonException;

import io.quarkus.security.AuthenticationFailedException;

/** Every REST failure as application/problem+json (RFC 9457) with a stable code. */
public class ProblemMapper {

    @ServerExceptionMapper(priority = 1)
    public Response map(Throwable failure, UriInfo uri) {
        return toResponse(classify(failure), uri.getPath());
    }

    /**
     * A bearer token that fails verification (bad signature, audience, expiry, no tenant): without
     * this, Quarkus answers its own bare 401 challenge with no problem body.
     */
    @ServerExceptionMapper(priority = 1)
    public Response mapAuthenticationFailure(AuthenticationFailedException failure, UriInfo uri) {
        return toResponse(ErrorClassifier.classify(failure), uri.getPath());
    }

    /** Every 401 names the scheme that would be accepted (RFC 9110), as the Vert.x routes' answers do. */
    public static Response toResponse(ApiException exception, String instance) {
        Response.ResponseBuilder response = Response.status(exception.code().httpStatus())
                .type(Problem.MEDIA_TYPE)
                .entity(Problem.of(exception, instance));
        if (exception.code().httpStatus() == Response.Status.UNAUTHORIZED.getStatusCode()) {
            response.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        }
        return response.build();
    }

    private static ApiException classify(Throwable failure) {
        // First what the cause chain says: a parameter converter's refusal (StrictBooleans) arrives wrapped by the REST
        // layer, in a 404 for query and path parameters and in a 400 for form fields.
        ApiException known = ErrorClassifier.known(failure);
        if (known != null) {
            return known;
        }
        if (failure instanceof NotFoundException) {
            return new ApiException(ErrorCode.NOT_FOUND, "No such resource");
        }
        if (failure instanceof JacksonException || failure.getCause() instanceof JacksonException) {
            return new ApiException(ErrorCode.VALIDATION_FAILED, "The request body is not valid JSON for this endpoint");
        }
        if (failure instanceof WebApplicationException web && web.getResponse().getStatus() < 500) {
            int status = web.getResponse().getStatus();
            ErrorCode code = switch (status) {
                case 401 -> ErrorCode.UNAUTHENTICATED;
                case 403 -> ErrorCode.FORBIDDEN;
                case 404 -> ErrorCode.NOT_FOUND;
                case 405 -> ErrorCode.METHOD_NOT_ALLOWED;
                case 409 -> ErrorCode.CONFLICT;
                case 413 -> ErrorCode.PAYLOAD_TOO_LARGE;
                case 429 -> ErrorCode.RATE_LIMITED;
                default -> ErrorCode.VALIDATION_FAILED;
            };
            return new ApiException(code, code.title());
        }
        return ErrorClassifier.unexpected(failure);
    }
}
