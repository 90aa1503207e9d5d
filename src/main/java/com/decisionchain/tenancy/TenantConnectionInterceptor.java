package com.decisionchain.tenancy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

import jakarta.enterprise.context.ApplicationScoped;

import io.agroal.api.AgroalPoolInterceptor;

/**
 * Binds each pooled connection to the tenant of the work that borrows it, and unbinds it when it
 * returns, so a tenant setting can never outlive its request on a shared connection. Row-level
 * security policies read this setting.
 */
@ApplicationScoped
public class TenantConnectionInterceptor implements AgroalPoolInterceptor {

    static final String SETTING = "app.tenant_id";

    @Override
    public void onConnectionAcquire(Connection connection) {
        bind(connection, TenantContext.current());
    }

    @Override
    public void onConnectionReturn(Connection connection) {
        bind(connection, TenantContext.NO_TENANT);
    }

    private static void bind(Connection connection, String tenantId) {
        try (PreparedStatement statement = connection.prepareStatement("select set_config(?, ?, false)")) {
            statement.setString(1, SETTING);
            statement.setString(2, tenantId);
            statement.execute();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not bind the connection to its tenant", e);
        }
    }
}
