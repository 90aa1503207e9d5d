package com.decisionchain.tenancy;

import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;

import com.decisionchain.common.ApiException;
import com.decisionchain.common.ErrorCode;

import io.smallrye.jwt.build.Jwt;

/**
 * Development tokens for trying the API locally: {@code GET /dev/token?role=rep}. Answers only when
 * development tokens are enabled and this process made its own signing key (never in prod).
 */
@Path("/dev/token")
public class DevTokenResource {

    public record DevToken(String access_token, String token_type, long expires_in, String tenant, List<String> roles) {
    }

    private static final long LIFETIME_SECONDS = 8 * 3600;

    private final boolean enabled;
    private final Optional<String> signingKey;

    public DevTokenResource(@ConfigProperty(name = "decision-chain.dev-tokens.enabled", defaultValue = "false") boolean enabled,
            @ConfigProperty(name = DevTokenKeys.SIGNING_KEY_PROPERTY) Optional<String> signingKey) {
        this.enabled = enabled;
        this.signingKey = signingKey;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "A development token (dev profile only)")
    public DevToken token(@QueryParam("role") @DefaultValue("rep") String role,
            @QueryParam("tenant") @DefaultValue("eshop-demo") String tenant,
            @QueryParam("subject") @DefaultValue("demo-user") String subject) {
        if (!enabled || signingKey.isEmpty()) {
            throw new ApiException(ErrorCode.NOT_FOUND, "No such resource");
        }
        List<String> roles = List.of(role.split(","));
        for (String name : roles) {
            if (Role.fromClaim(name).isEmpty()) {
                throw ApiException.invalid("role", "unknown role '" + name + "'");
            }
        }
        String token = Jwt.issuer(DevTokenKeys.ISSUER)
                .audience(DevTokenKeys.AUDIENCE)
                .subject(subject)
                .claim("preferred_username", subject)
                .claim("tenant_id", tenant)
                .claim("realm_access", Map.of("roles", roles))
                .expiresIn(LIFETIME_SECONDS)
                .sign(privateKey());
        return new DevToken(token, "Bearer", LIFETIME_SECONDS, tenant, roles);
    }

    private PrivateKey privateKey() {
        try {
            byte[] encoded = Base64.getDecoder().decode(signingKey.orElseThrow());
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(encoded));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException("The development signing key is unusable", e);
        }
    }
}
