package com.decisionchain.tenancy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.StartupEvent;

/**
 * Refuses to start when the service's database login could escape row-level security: a
 * superuser, a BYPASSRLS role or the owner of the tables is not isolated by the policies. It also
 * refuses a login that cannot create temporary tables, where every import stages its rows.
 */
@ApplicationScoped
public class RuntimeRoleCheck {

    private final AgroalDataSource dataSource;

    public RuntimeRoleCheck(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    void onStart(@Observes StartupEvent event) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet role = statement.executeQuery("select r.rolsuper, r.rolbypassrls, (select count(*) from pg_tables t "
                        + "where t.schemaname = current_schema() and t.tableowner = current_user), "
                        + "has_database_privilege(current_database(), 'TEMPORARY') "
                        + "from pg_roles r where r.rolname = current_user")) {
            role.next();
            if (role.getBoolean(1) || role.getBoolean(2) || role.getLong(3) > 0) {
                throw new IllegalStateException("The database login (DB_USER) must not be a superuser, have BYPASSRLS "
                        + "or own the tables: row-level security would not isolate tenants. Give the migrations their "
                        + "own owner role with DB_OWNER_USER.");
            }
            if (!role.getBoolean(4)) {
                throw new IllegalStateException("The database login (DB_USER) cannot create temporary tables, where "
                        + "imports stage their rows: grant it TEMPORARY on the database.");
            }
        }
    }
}
