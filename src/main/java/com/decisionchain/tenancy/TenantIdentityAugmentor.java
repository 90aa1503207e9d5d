package com.decisionchain.tenancy;

import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;

/**
 * Completes a verified token's identity with its tenant and product roles. A token whose tenant
 * cannot be resolved fails authentication: there is no default tenant.
 */
@ApplicationScoped
public class TenantIdentityAugmentor implements SecurityIdentityAugmentor {

    public static final String TENANT_ATTRIBUTE = "decision-chain.tenant";
    private static final Pattern TENANT_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    private final Instance<TenantResolution> resolutions;
    private final TenancyConfig config;
    private final VerifiedTokenCache verifiedTokens;

    public TenantIdentityAugmentor(Instance<TenantResolution> resolutions, TenancyConfig config,
            VerifiedTokenCache verifiedTokens) {
        this.resolutions = resolutions;
        this.config = config;
        this.verifiedTokens = verifiedTokens;
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        // An identity from VerifiedTokenCache was completed when its token was first verified.
        if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken token)
                || identity.getAttribute(TENANT_ATTRIBUTE) != null) {
            return Uni.createFrom().item(identity);
        }
        String tenant = resolveTenant(token)
                .filter(TenantIdentityAugmentor::isTenantId)
                .orElseThrow(() -> new AuthenticationFailedException("The token names no tenant"));
        // A fresh identity, not builder(identity): that would keep the roles Quarkus mapped from its
        // default claims (e.g. "groups"), and only the configured roles claim may grant roles.
        QuarkusSecurityIdentity.Builder builder = QuarkusSecurityIdentity.builder()
                .setPrincipal(identity.getPrincipal())
                .addCredentials(identity.getCredentials())
                .addAttributes(identity.getAttributes())
                .addAttribute(TENANT_ATTRIBUTE, tenant);
        for (String claimed : Claims.texts(Claims.at(token, config.rolesClaim()))) {
            Role.fromClaim(claimed).ifPresent(role -> builder.addRole(role.claimValue()));
        }
        SecurityIdentity completed = builder.build();
        verifiedTokens.remember(completed);
        return Uni.createFrom().item(completed);
    }

    static boolean isTenantId(String candidate) {
        return TENANT_ID.matcher(candidate).matches();
    }

    private Optional<String> resolveTenant(JsonWebToken token) {
        for (TenantResolution resolution : resolutions) {
            Optional<String> tenant = resolution.tenantOf(token);
            if (tenant.isPresent()) {
                return tenant;
            }
        }
        return Optional.empty();
    }
}
