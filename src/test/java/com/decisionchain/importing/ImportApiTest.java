package com.decisionchain.importing;

import static com.decisionchain.importing.ImportTestClient.await;
import static com.decisionchain.importing.ImportTestClient.sample;
import static com.decisionchain.importing.ImportTestClient.tenant;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.decisionchain.support.GraphQL;
import com.decisionchain.support.Tokens;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/** Imports over real HTTP (multipart upload, background job, real tokens) against the answer key of the samples. */
@QuarkusTest
class ImportApiTest {

    private static final String LINKEDIN = "LINKEDIN_CONNECTIONS";
    private static final String ZOOMINFO = "ZOOMINFO_CONTACTS";

    @Inject
    AgroalDataSource dataSource;

    private List<List<String>> query(String tenant, String sql, Object... parameters) {
        return ImportTestClient.query(dataSource, tenant, sql, parameters);
    }

    private long count(String tenant, String table) {
        return ImportTestClient.count(dataSource, tenant, table);
    }

    private static Response upload(String token, byte[] file, String format, boolean dryRun, String key) {
        var request = given().auth().oauth2(token)
                .multiPart("file", "export.csv", file, "text/csv")
                .multiPart("format", format)
                .multiPart("dryRun", String.valueOf(dryRun));
        if (key != null) {
            request = request.header("Idempotency-Key", key);
        }
        return request.when().post("/api/v1/imports");
    }

    /** Uploads and waits for the job to end; returns the finished job. */
    private static JsonPath run(String token, byte[] file, String format, boolean dryRun) {
        Response accepted = upload(token, file, format, dryRun, null);
        accepted.then().statusCode(202).header("Location", org.hamcrest.Matchers.containsString("/api/v1/imports/"))
                .body("status", equalTo("QUEUED"));
        return await(token, accepted.jsonPath().getString("id"));
    }

    @Test
    void linkedInThenZoomInfoReproducesTheAnswerKey() throws IOException {
        String tenant = tenant();
        String token = Tokens.of(tenant, "integrator");
        JsonPath linkedIn = run(token, sample("linkedin_connections_sample.csv"), LINKEDIN, false);
        assertEquals("SUCCEEDED", linkedIn.getString("status"), linkedIn.prettify());
        assertEquals(60, linkedIn.getInt("totalRows"));
        assertEquals(59, linkedIn.getInt("people.created"));
        assertEquals(1, linkedIn.getInt("people.unchanged"), "line 26 repeats line 25");
        assertEquals(0, linkedIn.getInt("people.failed"));
        assertEquals(59, count(tenant, "person"));

        JsonPath zoomInfo = run(token, sample("zoominfo_contacts_sample.csv"), ZOOMINFO, false);
        assertEquals("SUCCEEDED", zoomInfo.getString("status"), zoomInfo.prettify());
        assertEquals(51, zoomInfo.getInt("people.created"));
        assertEquals(9, zoomInfo.getInt("people.updated"), "M1-M9");
        assertEquals(1, zoomInfo.getInt("reviewSuggestions"), "N3");
        assertEquals(110, count(tenant, "person"));
        assertEquals(12, count(tenant, "account"));
        given().auth().oauth2(Tokens.of(tenant, "manager")).get("/api/v1/imports/" + zoomInfo.getString("id"))
                .then().statusCode(200).body("accounts.created", equalTo(zoomInfo.getInt("accounts.created")));

        // M3 moved: the Copperline row ended on the change date, a new stakeholder at Lumenfold, same person.
        List<List<String>> m3 = query(tenant, "select s.status, s.left_at, a.name, s.title, s.person_id from stakeholder s "
                + "join account a on a.id = s.account_id where s.person_id in (select person_id from import_source_row "
                + "where vendor_id = '-9000342598') order by s.status");
        assertEquals(2, m3.size(), m3.toString());
        assertEquals(List.of("ACTIVE", "Lumenfold Labs", "Head of Procurement"), List.of(m3.get(0).get(0), m3.get(0).get(2), m3.get(0).get(3)));
        assertEquals(List.of("LEFT_COMPANY", "2025-12-01"), m3.get(1).subList(0, 2));
        assertTrue(m3.get(1).get(2).startsWith("Copperline"), m3.toString());
        assertEquals(m3.get(0).get(4), m3.get(1).get(4));
        assertEquals(1, query(tenant, "select 1 from stakeholder_change where field = 'status' and new_value = 'LEFT_COMPANY'").size());

        // N1-N6 stay apart: each pair is two people.
        for (String name : List.of("'Wei','Zhang'", "'Daniel','Kim'", "'Alex','Morgan'")) {
            assertEquals("2", query(tenant, "select count(distinct person_id) from import_source_row where (first_name, last_name) = ("
                    + name + ")").get(0).get(0), name);
        }
        assertEquals("2", query(tenant, "select count(distinct person_id) from import_source_row where last_name = 'Brandt'").get(0).get(0));
        assertEquals("2", query(tenant, "select count(distinct person_id) from import_source_row where (first_name, last_name) "
                + "in (('娜','李'), ('Na','Li'))").get(0).get(0));

        // N3 only as a review suggestion.
        JsonPath suggestions = given().auth().oauth2(token).get("/api/v1/imports/review-suggestions").then().statusCode(200)
                .body("$", hasSize(1)).body("[0].reason", equalTo("CROSS_SCRIPT_NAME_AT_SAME_COMPANY")).extract().jsonPath();

        // Re-importing either file changes nothing.
        JsonPath again = run(token, sample("linkedin_connections_sample.csv"), LINKEDIN, false);
        assertEquals(List.of(0, 0, 60, 0, 0), List.of(again.getInt("people.created"), again.getInt("people.updated"),
                again.getInt("people.unchanged"), again.getInt("people.skipped"), again.getInt("people.failed")));
        again = run(token, sample("zoominfo_contacts_sample.csv"), ZOOMINFO, false);
        assertEquals(List.of(0, 0, 60), List.of(again.getInt("people.created"), again.getInt("people.updated"),
                again.getInt("people.unchanged")));
        assertEquals(0, again.getInt("accounts.created") + again.getInt("accounts.updated"));
        assertEquals(110, count(tenant, "person"));
        assertEquals(12, count(tenant, "account"));

        // Roles suggested from the imported title, as INFERRED suggestions.
        GraphQL.post(Tokens.of(tenant, "rep"), "{ stakeholders(first: 5, filter: {search: \"Head of Procurement\", status: ACTIVE}) "
                + "{ edges { node { fullName suggestedRoles { role confidence rule source } } } } }")
                .body("errors", nullValue())
                .body("data.stakeholders.edges[0].node.suggestedRoles[0].role", equalTo("BUYER"))
                .body("data.stakeholders.edges[0].node.suggestedRoles[0].source", equalTo("TITLE_RULE"));

        // Accepting N3 merges the two stakeholders into one person.
        String suggestionId = suggestions.getString("[0].id");
        given().auth().oauth2(Tokens.of(tenant, "manager")).post("/api/v1/imports/review-suggestions/" + suggestionId + "/accept")
                .then().statusCode(200).body("status", equalTo("ACCEPTED"));
        assertEquals(109, count(tenant, "person"));
    }

    @Test
    void sameIdempotencyKeyReturnsTheSameJob() throws IOException {
        String token = Tokens.of(tenant(), "manager");
        String key = UUID.randomUUID().toString();
        String first = upload(token, sample("zoominfo_contacts_sample.csv"), ZOOMINFO, true, key).then().statusCode(202)
                .extract().path("id");
        upload(token, sample("zoominfo_contacts_sample.csv"), ZOOMINFO, true, key).then().statusCode(202).body("id", equalTo(first));
        upload(token, sample("linkedin_connections_sample.csv"), LINKEDIN, true, key).then().statusCode(409)
                .body("code", equalTo("CONFLICT"));
    }

    @Test
    void dryRunCountsAndCommitsNothing() throws IOException {
        String tenant = tenant();
        JsonPath job = run(Tokens.of(tenant, "admin"), sample("zoominfo_contacts_sample.csv"), ZOOMINFO, true);
        assertEquals("SUCCEEDED", job.getString("status"));
        assertTrue(job.getBoolean("dryRun"));
        assertEquals(60, job.getInt("people.created"));
        assertEquals(10, job.getInt("accounts.created"));
        assertEquals(0, count(tenant, "person"));
        assertEquals(0, count(tenant, "account"));
        assertEquals(0, count(tenant, "stakeholder"));
    }

    @Test
    void badFilesFailWithAClearErrorAndWriteNothing() throws IOException {
        String tenant = tenant();
        String token = Tokens.of(tenant, "integrator");
        String zoomHeader = new String(sample("zoominfo_contacts_sample.csv"), StandardCharsets.UTF_8).lines().findFirst().orElseThrow();
        String linkedInHeader = "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n";
        List<Object[]> cases = List.of(
                new Object[] {new byte[0], LINKEDIN, "EMPTY_FILE"},
                new Object[] {(zoomHeader + "\n").getBytes(StandardCharsets.UTF_8), ZOOMINFO, "NO_DATA_ROWS"},
                new Object[] {new byte[] {0, 1, 2, 3, (byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13}, ZOOMINFO, "BINARY_CONTENT"},
                new Object[] {(linkedInHeader + "Ann,Lee,https://www.linkedin.com/in/ann-lee-t1,,\"Acme,CTO,14 Oct 2025\n")
                        .getBytes(StandardCharsets.UTF_8), LINKEDIN, "UNBALANCED_QUOTES"},
                new Object[] {sample("linkedin_connections_sample.csv"), ZOOMINFO, "WRONG_FORMAT"},
                new Object[] {"ZoomInfo Contact ID,First Name\n1,Ann\n".getBytes(StandardCharsets.UTF_8), ZOOMINFO, "MISSING_COLUMNS"},
                new Object[] {(linkedInHeader + "José,Martínez,https://www.linkedin.com/in/jose-martinez-t7h4g,,Meridian Ledger GmbH,CIO,25 Jun 2025\n")
                        .getBytes(StandardCharsets.ISO_8859_1), LINKEDIN, "ENCODING_UNSUPPORTED"});
        for (Object[] c : cases) {
            JsonPath job = run(token, (byte[]) c[0], (String) c[1], false);
            assertEquals("FAILED", job.getString("status"), c[2] + ": " + job.prettify());
            assertEquals(c[2], job.getString("errorCode"), job.prettify());
            given().auth().oauth2(token).get("/api/v1/imports/" + job.getString("id") + "/errors").then().statusCode(200)
                    .body("[0].code", equalTo(c[2]));
        }
        assertEquals(0, count(tenant, "person"));
        assertEquals(0, count(tenant, "account"));
    }

    @Test
    void raggedRowsAreReportedByLineAndTheOthersImport() {
        String tenant = tenant();
        String token = Tokens.of(tenant, "integrator");
        String file = "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
                + "Ann,Lee,https://www.linkedin.com/in/ann-lee-t1aa,,Acme Ltd,=CTO,14 Oct 2025\n"
                + "Bob,Ray,https://www.linkedin.com/in/bob-ray-t1bb,,Acme Ltd\n"
                + "Cy,Fox,https://www.linkedin.com/in/cy-fox-t1cc,,Acme Ltd,CFO,not a date\n";
        JsonPath job = run(token, file.getBytes(StandardCharsets.UTF_8), LINKEDIN, false);
        assertEquals("SUCCEEDED", job.getString("status"), job.prettify());
        assertEquals(1, job.getInt("people.created"));
        assertEquals(2, job.getInt("people.failed"));
        given().auth().oauth2(token).get("/api/v1/imports/" + job.getString("id") + "/errors").then().statusCode(200)
                .body("$", hasSize(2)).body("[0].line", equalTo(3)).body("[0].code", equalTo("RAGGED_ROW"))
                .body("[1].line", equalTo(4)).body("[1].column", equalTo("Connected On"));
        String csv = given().auth().oauth2(token).accept("text/csv").get("/api/v1/imports/" + job.getString("id") + "/errors")
                .then().statusCode(200).extract().asString();
        assertTrue(csv.contains("3,,\"RAGGED_ROW\""), csv);
        assertEquals(List.of(List.of("=CTO")), query(tenant, "select title from stakeholder"), "stored as written");
    }

    @Test
    void onlyImportRolesMayImportAndJobsAreTenantPrivate() throws IOException {
        String tenant = tenant();
        byte[] file = sample("zoominfo_contacts_sample.csv");
        upload(Tokens.of(tenant, "rep"), file, ZOOMINFO, true, null).then().statusCode(403).body("code", equalTo("FORBIDDEN"));
        upload(Tokens.of(tenant, "viewer"), file, ZOOMINFO, true, null).then().statusCode(403);
        given().multiPart("file", "x.csv", file).multiPart("format", ZOOMINFO).post("/api/v1/imports").then().statusCode(401)
                .header("WWW-Authenticate", equalTo("Bearer")).body("code", equalTo("UNAUTHENTICATED"));
        given().auth().oauth2("not-a-token").get("/api/v1/imports/" + UUID.randomUUID()).then().statusCode(401)
                .header("WWW-Authenticate", equalTo("Bearer")).body("code", equalTo("UNAUTHENTICATED"));
        String id = upload(Tokens.of(tenant, "integrator"), file, ZOOMINFO, true, null).then().statusCode(202).extract().path("id");
        given().auth().oauth2(Tokens.of(tenant(), "admin")).get("/api/v1/imports/" + id).then().statusCode(404)
                .body("code", equalTo("NOT_FOUND"));
        given().auth().oauth2(Tokens.of(tenant(), "admin")).get("/api/v1/imports/" + id + "/errors").then().statusCode(404);
        upload(Tokens.of(tenant, "admin"), file, "EXCEL", false, null).then().statusCode(400).body("code", equalTo("VALIDATION_FAILED"));
        upload(Tokens.of(tenant, "admin"), new byte[1_100_000], ZOOMINFO, false, null).then().statusCode(413)
                .body("code", equalTo("PAYLOAD_TOO_LARGE"));
    }

    /** A client asking for a preview in another spelling must not get a real import. */
    @Test
    void dryRunIsTrueOrFalseAndAnythingElseIsRefusedBeforeAJobExists() throws IOException {
        String tenant = tenant();
        String token = Tokens.of(tenant, "integrator");
        byte[] file = sample("linkedin_connections_sample.csv");
        for (String unclear : List.of("1", "yes", "on", "maybe")) {
            given().auth().oauth2(token).multiPart("file", "export.csv", file, "text/csv").multiPart("format", LINKEDIN)
                    .multiPart("dryRun", unclear).post("/api/v1/imports").then().statusCode(400)
                    .body("code", equalTo("VALIDATION_FAILED")).body("errors[0].field", equalTo("dryRun"));
        }
        assertEquals(0, count(tenant, "import_job"));

        JsonPath preview = run(token, file, LINKEDIN, true);
        assertEquals(List.of(true, 59), List.of(preview.getBoolean("dryRun"), preview.getInt("people.created")));
        given().auth().oauth2(token).multiPart("file", "export.csv", file, "text/csv").multiPart("format", LINKEDIN)
                .multiPart("dryRun", " TRUE ").post("/api/v1/imports").then().statusCode(202).body("dryRun", equalTo(true));
        assertEquals(0, count(tenant, "person"), "previews write no people");
        for (String no : List.of("false", "FALSE")) {
            given().auth().oauth2(token).multiPart("file", "export.csv", file, "text/csv").multiPart("format", LINKEDIN)
                    .multiPart("dryRun", no).post("/api/v1/imports").then().statusCode(202).body("dryRun", equalTo(false));
        }
    }

    @Test
    void jsonErrorsComeInPagesEachLinkingTheNext() {
        String tenant = tenant();
        String token = Tokens.of(tenant, "integrator");
        StringBuilder file = new StringBuilder("First Name,Last Name,URL,Email Address,Company,Position,Connected On\n")
                .append("Ann,Lee,https://www.linkedin.com/in/ann-lee-t1aa,,Acme Ltd,CTO,14 Oct 2025\n");
        for (int i = 0; i < 5; i++) {
            file.append("Cy").append(i).append(",Fox,,,Acme Ltd,CFO,not a date\n");
        }
        JsonPath job = run(token, file.toString().getBytes(StandardCharsets.UTF_8), LINKEDIN, false);
        assertEquals(5, job.getInt("people.failed"), job.prettify());
        String errors = "/api/v1/imports/" + job.getString("id") + "/errors";

        List<Integer> lines = new ArrayList<>();
        String next = errors + "?first=2";
        List<String> links = new ArrayList<>();
        while (next != null) {
            Response page = given().auth().oauth2(token).get(next);
            page.then().statusCode(200);
            lines.addAll(page.jsonPath().getList("line", Integer.class));
            String link = page.header("Link");
            links.add(link);
            next = link == null ? null : link.substring(link.indexOf('<') + 1, link.indexOf('>'));
        }

        assertEquals(List.of(3, 4, 5, 6, 7), lines);
        assertEquals(3, links.size(), "pages of 2, 2 and 1: " + links);
        assertEquals("<" + errors + "?first=2&after=2>; rel=\"next\"", links.get(0), "a reference without scheme and host");
        given().auth().oauth2(token).get(errors).then().statusCode(200).body("$", hasSize(5)).header("Link", nullValue());
        given().auth().oauth2(token).get(errors + "?first=5000").then().statusCode(200).body("$", hasSize(5));
        for (String bad : List.of("first=0", "first=two", "after=-1")) {
            given().auth().oauth2(token).get(errors + "?" + bad).then().statusCode(400).body("code", equalTo("VALIDATION_FAILED"))
                    .body("errors[0].field", equalTo(bad.substring(0, bad.indexOf('='))));
        }
    }
}
