package com.decisionchain.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A real PostgreSQL server started from Maven artifacts, for development, tests and demos when no
 * DB_URL is configured. It is laid out like production: the schema belongs to an owner role that
 * migrates it, and the service logs in as a restricted role that row-level security applies to.
 */
public final class EmbeddedDatabase {

    public static final String DATABASE = "decision_chain";
    public static final String OWNER_ROLE = "dc_owner";
    public static final String APP_ROLE = "dc_app";
    private static final String PASSWORD = "local-only";

    private static EmbeddedPostgres server;

    private EmbeddedDatabase() {
    }

    /** Starts the server once per JVM and returns the datasource settings for it. */
    public static synchronized Map<String, String> start() {
        if (server == null) {
            try {
                server = EmbeddedPostgres.builder().start();
                createRolesAndDatabase();
                Runtime.getRuntime().addShutdownHook(new Thread(EmbeddedDatabase::stop));
            } catch (IOException e) {
                throw new UncheckedIOException("Could not start the embedded PostgreSQL", e);
            }
        }
        return Map.of(
                "quarkus.datasource.jdbc.url", jdbcUrl(),
                "quarkus.datasource.username", APP_ROLE,
                "quarkus.datasource.password", PASSWORD,
                "quarkus.flyway.username", OWNER_ROLE,
                "quarkus.flyway.password", PASSWORD);
    }

    public static String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + server.getPort() + "/" + DATABASE;
    }

    public static synchronized void stop() {
        if (server != null) {
            try {
                server.close();
            } catch (IOException ignored) {
                // the process is ending; nothing left to release
            }
            server = null;
        }
    }

    private static void createRolesAndDatabase() {
        try (Connection connection = server.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE ROLE " + OWNER_ROLE + " LOGIN PASSWORD '" + PASSWORD + "'");
            statement.execute("CREATE ROLE " + APP_ROLE
                    + " LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE PASSWORD '" + PASSWORD + "'");
            statement.execute("CREATE DATABASE " + DATABASE + " OWNER " + OWNER_ROLE);
            statement.execute("REVOKE ALL ON DATABASE " + DATABASE + " FROM PUBLIC");
            statement.execute("GRANT CONNECT ON DATABASE " + DATABASE + " TO " + APP_ROLE);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not prepare the embedded PostgreSQL", e);
        }
    }
}
