package com.decisionchain.importing;

import static com.decisionchain.importing.ImportTestClient.await;
import static com.decisionchain.importing.ImportTestClient.sample;
import static com.decisionchain.importing.ImportTestClient.tenant;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.decisionchain.support.Tokens;
import com.decisionchain.tenancy.SingleConnectionPoolProfile;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;

/**
 * Jobs stage their rows in temporary tables of their own transaction. Over a pool of one connection, jobs of two
 * tenants run one after the other in the same session: each finds no staging table of the one before, and leaves none.
 */
@QuarkusTest
@TestProfile(SingleConnectionPoolProfile.class)
class ImportOverOneConnectionTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void jobsOfTwoTenantsShareTheSessionAndLeaveNoStagedRowsBehind() throws IOException {
        byte[] linkedIn = sample("linkedin_connections_sample.csv");
        for (String tenant : List.of(tenant(), tenant())) {
            String token = Tokens.of(tenant, "integrator");
            String id = given().auth().oauth2(token).multiPart("file", "export.csv", linkedIn, "text/csv")
                    .multiPart("format", "LINKEDIN_CONNECTIONS").post("/api/v1/imports").then().statusCode(202)
                    .extract().path("id");

            JsonPath job = await(token, id);

            assertEquals("SUCCEEDED", job.getString("status"), job.prettify());
            assertEquals(59, job.getInt("people.created"), "the tenant's own people, none of the other's");
            assertEquals(59, ImportTestClient.count(dataSource, tenant, "person"));
            assertEquals(List.of(List.of("t", "t")), ImportTestClient.query(dataSource, tenant,
                    "select to_regclass('pg_temp.import_staged_row') is null, to_regclass('pg_temp.import_staged_stakeholder') is null"));
        }
    }
}
