package com.decisionchain.tenancy;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.RequestScoped;

import com.decisionchain.common.ApiException;
import com.decisionchain.common.ErrorCode;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.identity.SecurityIdentity;

/**
 * The authenticated caller of this request. Every operation starts here: it authenticates the
 * bearer token (lazily, so GraphQL can answer UNAUTHENTICATED in its own error format), checks
 * the role, and binds the request to the caller's tenant for both database layers.
 */
@RequestScoped
public class Caller {

    private final SecurityIdentity identity;
    private final RequestTenant requestTenant;
    private final TenantProvisioner provisioner;

    public Caller(SecurityIdentity identity, RequestTenant requestTenant, TenantProvisioner provisioner) {
        this.identity = identity;
        this.requestTenant = requestTenant;
        this.provisioner = provisioner;
    }

    /**
     * Authenticates, checks the access and only then binds the tenant (so a caller without the role
     * never touches the database); returns the tenant id.
     */
    public String require(Access access) {
        requireStateless(identity, access);
        return tenantId();
    }

    /**
     * Authenticates and checks the access of an operation that reads and writes no tenant data: the
     * tenant is neither provisioned nor bound, so this never touches the database. Returns the tenant id.
     */
    public static String requireStateless(SecurityIdentity identity, Access access) {
        String tenant = authenticatedTenant(identity);
        if (!access.grantedTo(roles(identity))) {
            throw new ApiException(ErrorCode.FORBIDDEN, "Your role does not allow this operation");
        }
        return tenant;
    }

    /** The caller's tenant, bound to this request (and provisioned on its first request). */
    public String tenantId() {
        String tenant = authenticatedTenant(identity);
        if (requestTenant.tenantId() == null) {
            provisioner.ensure(tenant);
            requestTenant.set(tenant);
        }
        return tenant;
    }

    private static String authenticatedTenant(SecurityIdentity identity) {
        if (identity.isAnonymous()) {
            throw new ApiException(ErrorCode.UNAUTHENTICATED, "A valid bearer token is required");
        }
        String tenant = identity.getAttribute(TenantIdentityAugmentor.TENANT_ATTRIBUTE);
        if (tenant == null) {
            throw new ApiException(ErrorCode.UNAUTHENTICATED, "The token names no tenant");
        }
        return tenant;
    }

    /** The token's subject (else the principal's name); authenticates but binds no tenant. */
    public String subject() {
        return subject(identity);
    }

    /** {@link #subject()} for an identity obtained outside CDI (a Vert.x route). */
    public static String subject(SecurityIdentity identity) {
        authenticatedTenant(identity);
        return identity.getPrincipal() instanceof JsonWebToken token && token.getSubject() != null
                ? token.getSubject()
                : identity.getPrincipal().getName();
    }

    public Set<Role> roles() {
        return roles(identity);
    }

    private static Set<Role> roles(SecurityIdentity identity) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String name : identity.getRoles()) {
            Role.fromClaim(name).ifPresent(roles::add);
        }
        return roles;
    }

    public boolean has(Access access) {
        return access.grantedTo(roles());
    }

    public List<String> roleNames() {
        return roles().stream().map(Role::claimValue).sorted().toList();
    }
}
