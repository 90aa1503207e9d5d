package com.decisionchain.importing;

import static com.decisionchain.importing.ImportTestClient.await;
import static com.decisionchain.importing.ImportTestClient.pause;
import static com.decisionchain.importing.ImportTestClient.sample;
import static com.decisionchain.importing.ImportTestClient.tenant;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.decisionchain.support.Fixtures;
import com.decisionchain.support.Tokens;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/** Job life cycle beyond the happy path: crash recovery, retry, generic mappings, rejected suggestions. */
@QuarkusTest
class ImportJobLifecycleTest {

    @Inject
    AgroalDataSource dataSource;

    private List<List<String>> query(String tenant, String sql, Object... parameters) {
        return ImportTestClient.query(dataSource, tenant, sql, parameters);
    }

    private long count(String tenant, String table) {
        return ImportTestClient.count(dataSource, tenant, table);
    }

    @Inject
    ImportWorker worker;

    private static Response upload(String token, byte[] file, String format, String mapping) {
        var request = given().auth().oauth2(token)
                .multiPart("file", "export.csv", file, "text/csv")
                .multiPart("format", format);
        if (mapping != null) {
            request = request.multiPart("mapping", mapping);
        }
        return request.when().post("/api/v1/imports");
    }

    private static JsonPath run(String token, byte[] file, String format, String mapping) {
        Response accepted = upload(token, file, format, mapping);
        accepted.then().statusCode(202);
        return await(token, accepted.jsonPath().getString("id"));
    }

    @Test
    void aJobLeftRunningByACrashIsFailedAtStartUpAndCanBeRetried() throws IOException {
        String tenant = tenant();
        String token = Tokens.of(tenant, "integrator");
        JsonPath first = run(token, sample("linkedin_connections_sample.csv"), "LINKEDIN_CONNECTIONS", null);
        assertEquals("SUCCEEDED", first.getString("status"), first.prettify());
        String id = first.getString("id");
        given().auth().oauth2(token).post("/api/v1/imports/" + id + "/retry").then().statusCode(409);

        // What a dead instance leaves behind: the job RUNNING and its queue entry claimed long ago by another worker.
        UUID jobId = UUID.fromString(id);
        query(tenant, "update import_job set status = 'RUNNING', finished_at = null where id = ?", jobId);
        query(tenant, "insert into import_job_queue (job_id, tenant_id, state, enqueued_at, claimed_by, claimed_at) "
                + "values (?, ?, 'RUNNING', now() - interval '1 day', 'dead-instance', now() - interval '1 day')", jobId, tenant);
        assertTrue(worker.failAbandonedJobs() >= 1);

        JsonPath failed = given().auth().oauth2(token).get("/api/v1/imports/" + id).then().statusCode(200).extract().jsonPath();
        assertEquals("FAILED", failed.getString("status"));
        assertEquals("ABANDONED", failed.getString("errorCode"));
        assertEquals(0L, Long.parseLong(query(tenant, "select count(*) from import_job_queue where job_id = ?", jobId).get(0).get(0)));

        given().auth().oauth2(token).post("/api/v1/imports/" + id + "/retry").then().statusCode(202).body("status", equalTo("QUEUED"))
                .header("Location", endsWith("/api/v1/imports/" + id));
        JsonPath retried = await(token, id);
        assertEquals("SUCCEEDED", retried.getString("status"), retried.prettify());
        assertEquals(60, retried.getInt("processedRows"));
        assertEquals(60, retried.getInt("people.unchanged"), "the file was already applied");
        assertEquals(0, retried.getInt("people.created"));
        assertEquals(59, count(tenant, "person"));
    }

    @Test
    void aJobPublishesProgressWhileItRunsAndEndsWithEveryRowProcessed() {
        String tenant = tenant();
        String token = Tokens.of(tenant, "integrator");
        StringBuilder csv = new StringBuilder("ZoomInfo Contact ID,First Name,Last Name,Job Title,Email Address,"
                + "ZoomInfo Company ID,Company Name,Website\n");
        for (int i = 0; i < 2_500; i++) {
            csv.append(7_000_000 + i).append(",Pat,Doe").append(i).append(",IT Manager,pat.doe").append(i)
                    .append("@co").append(i % 40).append(".test,").append(800_000 + i % 40).append(",Company ")
                    .append(i % 40).append(",www.co").append(i % 40).append(".test\n");
        }
        Response accepted = upload(token, csv.toString().getBytes(StandardCharsets.UTF_8), "ZOOMINFO_CONTACTS", null);
        accepted.then().statusCode(202);
        String id = accepted.jsonPath().getString("id");
        List<Integer> seen = new ArrayList<>();
        JsonPath job;
        do {
            job = given().auth().oauth2(token).get("/api/v1/imports/" + id).then().statusCode(200).extract().jsonPath();
            seen.add(job.getInt("processedRows"));
            pause();
        } while (!List.of("SUCCEEDED", "FAILED").contains(job.getString("status")));

        assertEquals("SUCCEEDED", job.getString("status"), job.prettify());
        assertEquals(2_500, job.getInt("totalRows"));
        assertEquals(2_500, job.getInt("processedRows"));
        assertEquals(2_500, job.getInt("people.created"));
        assertEquals(40, job.getInt("accounts.created"));
        for (int i = 1; i < seen.size(); i++) {
            assertTrue(seen.get(i) >= seen.get(i - 1), "progress never goes back: " + seen);
        }
    }

    @Test
    void theRuntimeRoleMayRefreshStatisticsOfTheImportTablesOnly() {
        String tenant = tenant();
        for (String table : List.of("account", "person", "stakeholder")) {
            query(tenant, "select import_refresh_statistics(?)", table);
        }
        IllegalStateException refused = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                () -> query(tenant, "select import_refresh_statistics(?)", "tenant"));
        assertTrue(refused.getCause().getMessage().contains("not an import target"), refused.getCause().getMessage());
    }

    @Test
    void genericCsvReadsColumnsThroughTheMapping() {
        String tenant = tenant();
        String token = Tokens.of(tenant, "manager");
        String csv = "Given name,Family name,Mail,Employer,Role,Town\r\n"
                + "Ada,Lovelace,ada@analytical.test,Analytical Engines Ltd,Chief Financial Officer,London\r\n"
                + "Charles,Babbage,charles@analytical.test,Analytical Engines Ltd,\"Head of Procurement, EMEA\",London\r\n"
                + "ada,lovelace,ADA@analytical.test,Analytical Engines Ltd,Chief Financial Officer,London\r\n";
        String mapping = "{\"FIRST_NAME\": \"Given name\", \"LAST_NAME\": \"Family name\", \"EMAIL\": \"Mail\", "
                + "\"COMPANY_NAME\": \"Employer\", \"TITLE\": \"Role\", \"CITY\": \"Town\"}";

        JsonPath job = run(token, csv.getBytes(StandardCharsets.UTF_8), "GENERIC_CSV", mapping);

        assertEquals("SUCCEEDED", job.getString("status"), job.prettify());
        assertEquals(3, job.getInt("totalRows"));
        assertEquals(2, job.getInt("people.created"));
        assertEquals(1, job.getInt("people.updated"), "the same e-mail, whatever its case, is the same person");
        assertEquals(1, job.getInt("accounts.created"));
        List<List<String>> people = query(tenant, "select first_name, last_name, title, email, location from stakeholder "
                + "order by last_name");
        assertEquals(List.of(List.of("Charles", "Babbage", "Head of Procurement, EMEA", "charles@analytical.test", "London"),
                List.of("ada", "lovelace", "Chief Financial Officer", "ADA@analytical.test", "London")), people);
        upload(token, csv.getBytes(StandardCharsets.UTF_8), "GENERIC_CSV", null).then().statusCode(400);
        upload(token, csv.getBytes(StandardCharsets.UTF_8), "GENERIC_CSV", "{\"NICKNAME\": \"Given name\"}").then().statusCode(400);
    }

    @Test
    void aRejectedSuggestionLeavesBothPeopleApart() throws IOException {
        String tenant = tenant();
        String token = Tokens.of(tenant, "integrator");
        run(token, sample("linkedin_connections_sample.csv"), "LINKEDIN_CONNECTIONS", null);
        JsonPath zoomInfo = run(token, sample("zoominfo_contacts_sample.csv"), "ZOOMINFO_CONTACTS", null);
        assertEquals(1, zoomInfo.getInt("reviewSuggestions"), "N3");
        String suggestion = given().auth().oauth2(token).get("/api/v1/imports/review-suggestions").then().statusCode(200)
                .extract().jsonPath().getString("[0].id");

        String manager = Tokens.of(tenant, "manager");
        given().auth().oauth2(manager).post("/api/v1/imports/review-suggestions/" + suggestion + "/reject")
                .then().statusCode(200).body("status", equalTo("REJECTED"));

        assertEquals(110, count(tenant, "person"), "nobody was merged");
        given().auth().oauth2(manager).get("/api/v1/imports/review-suggestions").then().statusCode(200)
                .body("size()", equalTo(0));
        given().auth().oauth2(manager).get("/api/v1/imports/review-suggestions?status=REJECTED").then().statusCode(200)
                .body("size()", equalTo(1)).body("[0].id", equalTo(suggestion));
        given().auth().oauth2(manager).post("/api/v1/imports/review-suggestions/" + suggestion + "/accept").then().statusCode(409);
    }

    /** Merging by hand, as accepting a suggestion does, keeps what the imports said of the duplicate as the survivor's. */
    @Test
    void twoImportedStakeholdersMergedByHandKeepTheirRowsAsTheSurvivorsEvidence() throws IOException {
        String tenant = tenant();
        run(Tokens.of(tenant, "integrator"), sample("linkedin_connections_sample.csv"), "LINKEDIN_CONNECTIONS", null);
        List<List<String>> pair = query(tenant, "select id::text, person_id::text from stakeholder where account_id = "
                + "(select account_id from stakeholder group by account_id having count(*) >= 2 order by account_id limit 1) "
                + "order by id limit 2");
        String survivor = pair.get(0).get(0);
        String duplicate = pair.get(1).get(0);
        String evidence = "select count(*) filter (where person_id = ?::uuid), count(*) filter (where stakeholder_id = ?::uuid) "
                + "from import_source_row";
        List<String> survivorsBefore = query(tenant, evidence, pair.get(0).get(1), survivor).get(0);
        List<String> duplicatesBefore = query(tenant, evidence, pair.get(1).get(1), duplicate).get(0);

        String merged = Fixtures.ok(Tokens.of(tenant, "manager"), "mutation($s: ID!, $d: ID!) { mergeStakeholders(survivorId: $s, "
                + "duplicateId: $d) { id } }", Fixtures.map("s", survivor, "d", duplicate), "data.mergeStakeholders.id");

        assertEquals(survivor, merged);
        List<String> survivorsAfter = query(tenant, evidence, pair.get(0).get(1), survivor).get(0);
        for (int i = 0; i < 2; i++) {
            assertEquals(Long.parseLong(survivorsBefore.get(i)) + Long.parseLong(duplicatesBefore.get(i)),
                    Long.parseLong(survivorsAfter.get(i)), "the duplicate's rows, by person and by stakeholder, are the survivor's");
        }
        assertEquals(List.of(List.of("0")), query(tenant, "select count(*) from person where id = ?::uuid", pair.get(1).get(1)),
                "the duplicate's person went with it");
    }
}
