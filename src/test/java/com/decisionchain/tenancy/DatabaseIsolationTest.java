package com.decisionchain.tenancy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.decisionchain.support.Fixtures;
import com.decisionchain.support.RuntimeLogin;
import com.decisionchain.support.Tokens;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The database's own isolation, independent of the service: connected as the service's runtime
 * role, a session without a tenant sees and writes nothing, and the role cannot switch RLS off.
 */
@QuarkusTest
class DatabaseIsolationTest {

    private static final String TENANT = Fixtures.newTenant();

    @BeforeEach
    void everyTableHasRowsOfTheTenant() {
        String token = Tokens.of(TENANT, "rep");
        String account = Fixtures.account(token, Fixtures.map("name", "RLS Co", "externalIds",
                List.of(Fixtures.map("system", "CRM", "value", "rls-" + Fixtures.randomId()))));
        String anna = Fixtures.stakeholder(token, account, "Anna");
        String ben = Fixtures.stakeholder(token, account, "Ben");
        Fixtures.ok(token, "mutation($id: ID!) { updateStakeholder(id: $id, input: {title: \"CFO\"}) { id } }",
                Fixtures.map("id", anna), "data.updateStakeholder.id");
        String deal = Fixtures.opportunity(token, account, "RLS deal");
        Fixtures.assignRole(token, deal, anna, "DECISION_MAKER");
        Fixtures.relationship(token, "ALLY", anna, ben, null);
        Fixtures.ok(token, "mutation($deal: ID!, $who: ID!) { logInteraction(input: {opportunityId: $deal, channel: EMAIL, "
                + "direction: OUTBOUND, occurredAt: \"2026-01-05T10:00:00Z\", participants: [{stakeholderId: $who}]}) { id } "
                + "addCommitment(input: {opportunityId: $deal, stakeholderId: $who, description: \"Demo\", "
                + "dueAt: \"2026-01-12T10:00:00Z\"}) { id } }", Fixtures.map("deal", deal, "who", anna), "data.logInteraction.id");
    }

    @Test
    void withoutATenantEveryTenantTableReadsEmpty() throws SQLException {
        try (Connection connection = RuntimeLogin.connect(); Statement statement = connection.createStatement()) {
            List<String> tables = tenantTables(statement);
            assertTrue(tables.size() >= 15, "tenant tables found: " + tables);
            statement.execute("select set_config('app.tenant_id', '" + TENANT + "', false)");
            assertTrue(count(statement, "account") > 0, "the tenant's own rows are visible with its setting");
            for (String setting : List.of("RESET app.tenant_id", "select set_config('app.tenant_id', '', false)",
                    "select set_config('app.tenant_id', 'some-other-tenant', false)")) {
                statement.execute(setting);
                for (String table : tables) {
                    assertEquals(0, count(statement, table), table + " after " + setting);
                }
            }
        }
    }

    @Test
    void withoutATenantInsertsAreRefusedByThePolicy() throws SQLException {
        try (Connection connection = RuntimeLogin.connect(); Statement statement = connection.createStatement()) {
            statement.execute("RESET app.tenant_id");
            for (String tenant : List.of("'" + TENANT + "'", "''")) {
                SQLException refused = assertThrows(SQLException.class, () -> statement.execute(
                        "insert into account (tenant_id, id, name, created_at, updated_at) values (" + tenant
                                + ", gen_random_uuid(), 'Intruder', now(), now())"));
                assertEquals("42501", refused.getSQLState(), refused.getMessage());
                SQLException refusedTenant = assertThrows(SQLException.class, () -> statement.execute(
                        "insert into tenant (id, name) values ('intruder', 'Intruder')"));
                assertEquals("42501", refusedTenant.getSQLState(), refusedTenant.getMessage());
            }
        }
    }

    @Test
    void theRuntimeRoleCannotEscapeRowLevelSecurity() throws SQLException {
        try (Connection connection = RuntimeLogin.connect(); Statement statement = connection.createStatement()) {
            try (ResultSet role = statement.executeQuery(
                    "select rolsuper, rolbypassrls, rolcreaterole from pg_roles where rolname = current_user")) {
                assertTrue(role.next());
                assertFalse(role.getBoolean(1), "superuser");
                assertFalse(role.getBoolean(2), "BYPASSRLS");
                assertFalse(role.getBoolean(3), "CREATEROLE");
            }
            try (ResultSet owned = statement.executeQuery(
                    "select count(*) from pg_tables where schemaname = 'public' and tableowner = current_user")) {
                owned.next();
                assertEquals(0, owned.getInt(1), "tables owned by the runtime role");
            }
            List<String> unforced = new ArrayList<>();
            List<String> weakPolicies = new ArrayList<>();
            for (String table : tenantTables(statement)) {
                try (ResultSet flags = statement.executeQuery("select relrowsecurity and relforcerowsecurity from pg_class "
                        + "where oid = 'public." + table + "'::regclass")) {
                    flags.next();
                    if (!flags.getBoolean(1)) {
                        unforced.add(table);
                    }
                }
                try (ResultSet policy = statement.executeQuery("select count(*) from pg_policies where schemaname = 'public' "
                        + "and tablename = '" + table + "' and qual ilike '%nullif(current_setting(''app.tenant_id''%' "
                        + "and with_check ilike '%nullif(current_setting(''app.tenant_id''%'")) {
                    policy.next();
                    if (policy.getInt(1) != 1) {
                        weakPolicies.add(table);
                    }
                }
            }
            assertEquals(List.of(), unforced, "tables without ENABLE + FORCE row-level security");
            assertEquals(List.of(), weakPolicies, "tables without the tenant policy in USING and WITH CHECK");
            SQLException refused = assertThrows(SQLException.class,
                    () -> statement.execute("alter table account disable row level security"));
            assertEquals("42501", refused.getSQLState(), refused.getMessage());
        }
    }

    /**
     * The one table with a tenant_id that deliberately has no row-level security: the import job queue (ids and
     * states only, claimed across tenants by the workers).
     */
    private static final String WITHOUT_RLS = "import_job_queue";

    @Test
    void theJobQueueIsTheOnlyTableWithoutRowLevelSecurityTheRuntimeRoleCanUse() throws SQLException {
        try (Connection connection = RuntimeLogin.connect(); Statement statement = connection.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery("select c.relname from pg_class c join pg_namespace n on n.oid = "
                    + "c.relnamespace where n.nspname = 'public' and c.relkind in ('r', 'p') and not c.relrowsecurity "
                    + "and has_table_privilege(c.oid, 'SELECT, INSERT, UPDATE, DELETE, TRUNCATE') order by 1")) {
                while (rows.next()) {
                    tables.add(rows.getString(1));
                }
            }
            assertEquals(List.of(WITHOUT_RLS), tables);
        }
    }

    /** Imports stage their COPY in temporary tables, which the runtime role may create and which go with the transaction. */
    @Test
    void theRuntimeRoleMayCreateTemporaryTablesThatEndWithTheTransaction() throws SQLException {
        try (Connection connection = RuntimeLogin.connect(); Statement statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            try (ResultSet privilege = statement.executeQuery("select has_database_privilege(current_database(), 'TEMPORARY')")) {
                privilege.next();
                assertTrue(privilege.getBoolean(1), "granted by V8");
            }
            statement.execute("create temporary table import_staged_row (line bigint) on commit drop");
            statement.execute("insert into import_staged_row values (1)");
            assertEquals(1, count(statement, "import_staged_row"));
            connection.commit();
            try (ResultSet gone = statement.executeQuery("select to_regclass('pg_temp.import_staged_row') is null")) {
                gone.next();
                assertTrue(gone.getBoolean(1), "the staging table outlived its transaction");
            }
        }
    }

    /** Every table of the schema with a tenant_id column and row-level security. */
    private static List<String> tenantTables(Statement statement) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (ResultSet rows = statement.executeQuery("select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace "
                + "where n.nspname = 'public' and c.relkind = 'r' and exists (select 1 from pg_attribute a "
                + "where a.attrelid = c.oid and a.attname = 'tenant_id' and not a.attisdropped) order by 1")) {
            while (rows.next()) {
                tables.add(rows.getString(1));
            }
        }
        tables.remove(WITHOUT_RLS);
        return tables;
    }

    private static long count(Statement statement, String table) throws SQLException {
        try (ResultSet rows = statement.executeQuery("select count(*) from " + table)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
