package com.decisionchain.importing;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import com.decisionchain.tenancy.TenantContext;

import io.restassured.path.json.JsonPath;

/** What the import tests share: sample files, waiting for a job over HTTP, and reading rows as a tenant. */
final class ImportTestClient {

    private ImportTestClient() {
    }

    static String tenant() {
        return "imp-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static byte[] sample(String name) throws IOException {
        try (InputStream in = ImportTestClient.class.getResourceAsStream("/imports/" + name)) {
            return in.readAllBytes();
        }
    }

    /** Polls the job until it ends (two minutes at most) and returns it. */
    static JsonPath await(String token, String id) {
        long deadline = System.currentTimeMillis() + 120_000;
        while (System.currentTimeMillis() < deadline) {
            JsonPath job = given().auth().oauth2(token).get("/api/v1/imports/" + id).then().statusCode(200).extract().jsonPath();
            String status = job.getString("status");
            if (status.equals("SUCCEEDED") || status.equals("FAILED")) {
                return job;
            }
            pause();
        }
        throw new AssertionError("job " + id + " did not finish");
    }

    static void pause() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            fail("interrupted");
        }
    }

    /** Runs SQL as the tenant (row-level security applies) and returns the rows as text. */
    static List<List<String>> query(DataSource dataSource, String tenant, String sql, Object... parameters) {
        return TenantContext.callAs(tenant, () -> {
            List<List<String>> rows = new ArrayList<>();
            try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
                for (int i = 0; i < parameters.length; i++) {
                    s.setObject(i + 1, parameters[i]);
                }
                if (!s.execute()) {
                    return rows;
                }
                try (ResultSet r = s.getResultSet()) {
                    while (r.next()) {
                        List<String> row = new ArrayList<>();
                        for (int i = 1; i <= r.getMetaData().getColumnCount(); i++) {
                            row.add(r.getString(i));
                        }
                        rows.add(row);
                    }
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            return rows;
        });
    }

    static long count(DataSource dataSource, String tenant, String table) {
        return Long.parseLong(query(dataSource, tenant, "select count(*) from " + table).get(0).get(0));
    }
}
