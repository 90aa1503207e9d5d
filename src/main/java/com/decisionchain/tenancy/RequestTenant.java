package com.decisionchain.tenancy;

import jakarta.enterprise.context.RequestScoped;

/** The tenant of the current request, once {@link Caller} has authenticated it. */
@RequestScoped
public class RequestTenant {

    private String tenantId;

    public String tenantId() {
        return tenantId;
    }

    void set(String tenantId) {
        this.tenantId = tenantId;
    }
}
