package com.decisionchain.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.decisionchain.support.Fixtures;
import com.decisionchain.support.GraphQL;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * Authorization against real Keycloak users of two tenants of the shared realm (kc-acme owns the
 * data, kc-globex probes it): another tenant's ids behave as unknown ids on every REST path, inputs
 * cannot assign ids, tenants or computed fields, viewers get no contact PII, and each role reaches
 * exactly its endpoints.
 */
@QuarkusTest
@TestProfile(KeycloakProfile.class)
class AuthorizationCatalogTest {

    private static final String SHARED = KeycloakResource.SHARED_REALM;
    private static final String ROI_BODY = "{\"currency\":\"CNY\",\"initialCost\":1000,\"annualBenefit\":300,\"years\":5}";

    private static String acmeManager;
    private static String globexAdmin;
    private static String email;
    private static String account;
    private static String stakeholder;
    private static String opportunity;
    private static String importJob;

    @BeforeEach
    void acmeData() throws IOException {
        if (account != null) {
            return;
        }
        acmeManager = KeycloakTokens.password(SHARED, "acme-manager");
        globexAdmin = KeycloakTokens.password(SHARED, "globex-admin");
        email = "pii-" + Fixtures.newTenant() + "@acme.example";
        account = Fixtures.account(acmeManager, "Acme catalog " + Fixtures.newTenant());
        stakeholder = Fixtures.stakeholder(acmeManager, Fixtures.map("accountId", account, "fullName", "Pia Private",
                "title", "CFO", "email", email, "phone", "+86 555 0101", "linkedinUrl", "https://linkedin.example/pia",
                "location", "Hangzhou"));
        opportunity = Fixtures.opportunity(acmeManager, account, "Acme catalog deal");
        Fixtures.assignRole(acmeManager, opportunity, stakeholder, "DECISION_MAKER");
        byte[] file;
        try (InputStream in = getClass().getResourceAsStream("/imports/linkedin_connections_sample.csv")) {
            file = in.readAllBytes();
        }
        importJob = given().auth().oauth2(acmeManager).multiPart("file", "export.csv", file, "text/csv")
                .multiPart("format", "LINKEDIN_CONNECTIONS").multiPart("dryRun", "true")
                .when().post("/api/v1/imports").then().statusCode(202).extract().path("id");
    }

    private record Probe(String method, String path) {
        Response send(String token) {
            var request = given().auth().oauth2(token);
            return method.equals("GET") ? request.get(path) : request.contentType(ContentType.JSON).body("{}").post(path);
        }
    }

    private static Map<String, BiFunction<String, String, Probe>> pathsWithIds() {
        Map<String, BiFunction<String, String, Probe>> paths = new LinkedHashMap<>();
        paths.put("trust", (s, o) -> new Probe("GET", "/api/v1/stakeholders/" + s + "/trust"));
        paths.put("trust on a deal", (s, o) -> new Probe("GET", "/api/v1/stakeholders/" + s + "/trust?opportunityId=" + o));
        paths.put("coverage", (s, o) -> new Probe("GET", "/api/v1/opportunities/" + o + "/coverage"));
        paths.put("csv", (s, o) -> new Probe("GET", "/api/v1/opportunities/" + o + "/decision-chain.csv"));
        paths.put("import job", (j, o) -> new Probe("GET", "/api/v1/imports/" + j));
        paths.put("import errors", (j, o) -> new Probe("GET", "/api/v1/imports/" + j + "/errors"));
        paths.put("import retry", (j, o) -> new Probe("POST", "/api/v1/imports/" + j + "/retry"));
        paths.put("accept suggestion", (j, o) -> new Probe("POST", "/api/v1/imports/review-suggestions/" + j + "/accept"));
        paths.put("reject suggestion", (j, o) -> new Probe("POST", "/api/v1/imports/review-suggestions/" + j + "/reject"));
        return paths;
    }

    @Test
    void anotherTenantsIdsBehaveAsUnknownIdsOnEveryRestPath() {
        String unknown = Fixtures.randomId();
        for (var path : pathsWithIds().entrySet()) {
            boolean importPath = path.getKey().contains("import") || path.getKey().contains("suggestion");
            Probe foreign = path.getValue().apply(importPath ? importJob : stakeholder, opportunity);
            Probe missing = path.getValue().apply(unknown, unknown);
            Response theirs = foreign.send(globexAdmin);
            Response none = missing.send(globexAdmin);
            assertEquals(none.statusCode(), theirs.statusCode(), path.getKey() + ": status");
            assertEquals(404, theirs.statusCode(), path.getKey() + ": " + theirs.asString());
            assertEquals(none.jsonPath().getString("code"), theirs.jsonPath().getString("code"), path.getKey() + ": code");
            assertFalse(theirs.asString().contains("Pia") || theirs.asString().contains(account), path.getKey());
        }
        // the owner reaches the same paths
        for (String path : List.of("/api/v1/stakeholders/" + stakeholder + "/trust", "/api/v1/opportunities/" + opportunity
                + "/coverage", "/api/v1/opportunities/" + opportunity + "/decision-chain.csv", "/api/v1/imports/" + importJob)) {
            given().auth().oauth2(acmeManager).get(path).then().statusCode(200);
        }
    }

    @Test
    void listsAndSettingsOfAnotherTenantShowNothingOfIt() {
        given().auth().oauth2(globexAdmin).get("/api/v1/coverage?first=100").then().statusCode(200)
                .body(not(containsString(opportunity)));
        given().auth().oauth2(globexAdmin).get("/api/v1/imports/review-suggestions").then().statusCode(200)
                .body(not(containsString(importJob)));
        given().auth().oauth2(globexAdmin).get("/api/v1/settings/analytics").then().statusCode(200);
        given().auth().oauth2(globexAdmin).contentType(ContentType.JSON).body(ROI_BODY).post("/api/v1/roi").then().statusCode(200);
        GraphQL.post(globexAdmin, "query($a: ID!, $s: ID!, $o: ID!) { account(id: $a) { id } stakeholder(id: $s) { id } "
                + "opportunity(id: $o) { id } }", Fixtures.map("a", account, "s", stakeholder, "o", opportunity))
                .body("data.account", nullValue()).body("data.stakeholder", nullValue()).body("data.opportunity", nullValue())
                .body("errors.extensions.code", org.hamcrest.Matchers.everyItem(equalTo("NOT_FOUND")));
    }

    @Test
    void inputsCannotAssignIdsTenantsOwnersOrComputedFields() {
        Map<String, String> inputs = Map.of(
                "createAccount(input: {name: \"X\", %s})", "AccountInput",
                "createStakeholder(input: {accountId: \"" + account + "\", fullName: \"X\", %s})", "StakeholderInput",
                "createOpportunity(input: {accountId: \"" + account + "\", name: \"X\", %s})", "OpportunityInput");
        // ownerId is a contract input (a free-text owner label that grants nothing), so it is not in this list
        for (String mutation : inputs.keySet()) {
            for (String field : List.of("id: \"" + Fixtures.randomId() + "\"", "tenantId: \"kc-globex\"", "createdBy: \"x\"", "owner: \"x\"",
                    "createdAt: \"2020-01-01T00:00:00Z\"", "version: 7", "trustScore: 100", "coverage: 1")) {
                GraphQL.post(acmeManager, "mutation { " + String.format(mutation, field) + " { id } }")
                        .statusCode(200)
                        .body("data", nullValue())
                        .body("errors[0].extensions.code", equalTo("VALIDATION_FAILED"))
                        .body(not(containsString("\"kind\"")));
            }
        }
        // REST: the ROI body refuses unknown members (money must not be silently ignored) ...
        given().auth().oauth2(acmeManager).contentType(ContentType.JSON)
                .body(ROI_BODY.replace("{", "{\"tenantId\":\"kc-globex\","))
                .post("/api/v1/roi").then().statusCode(400).body("code", equalTo("VALIDATION_FAILED"));
        // ... and the settings document cannot be written into another tenant
        String settings = given().auth().oauth2(KeycloakTokens.password(SHARED, "acme-admin")).get("/api/v1/settings/analytics")
                .then().statusCode(200).extract().asString();
        Response put = given().auth().oauth2(KeycloakTokens.password(SHARED, "acme-admin")).contentType(ContentType.JSON)
                .body(settings.replaceFirst("\\{", "{\"tenantId\":\"kc-globex\",")).put("/api/v1/settings/analytics");
        assertTrue(put.statusCode() == 400 || put.statusCode() == 200, put.asString());
        given().auth().oauth2(globexAdmin).get("/api/v1/settings/analytics").then().statusCode(200)
                .body(not(containsString("kc-acme")));
    }

    @Test
    void viewerSeesNoContactPiiOnAnyPath() {
        String viewer = KeycloakTokens.password(SHARED, "acme-viewer");
        for (String path : List.of("/api/v1/stakeholders/" + stakeholder + "/trust",
                "/api/v1/opportunities/" + opportunity + "/coverage", "/api/v1/coverage?first=100")) {
            given().auth().oauth2(viewer).get(path).then().statusCode(200)
                    .body(not(containsString(email))).body(not(containsString("+86 555 0101")))
                    .body(not(containsString("linkedin.example/pia"))).body(not(containsString("Hangzhou")));
        }
        given().auth().oauth2(viewer).get("/api/v1/opportunities/" + opportunity + "/decision-chain.csv").then().statusCode(403);
        GraphQL.post(viewer, "query($s: ID!) { stakeholder(id: $s) { fullName email phone linkedinUrl location } }",
                Fixtures.map("s", stakeholder))
                .body("data.stakeholder.fullName", equalTo("Pia Private"))
                .body("data.stakeholder.email", nullValue()).body("data.stakeholder.phone", nullValue())
                .body("data.stakeholder.linkedinUrl", nullValue()).body("data.stakeholder.location", nullValue());
    }

    private enum Endpoint {
        TRUST, COVERAGE, PORTFOLIO, CSV, SETTINGS_READ, SETTINGS_WRITE, ROI, IMPORT_JOB, IMPORT_SUGGESTIONS, GRAPHQL_READ,
        GRAPHQL_WRITE
    }

    /** Which endpoints each role reaches (DESIGN §4); every other cell must answer FORBIDDEN. */
    private static final Map<String, Set<Endpoint>> ALLOWED = Map.of(
            "viewer", Set.of(Endpoint.TRUST, Endpoint.COVERAGE, Endpoint.PORTFOLIO, Endpoint.ROI, Endpoint.GRAPHQL_READ),
            "rep", Set.of(Endpoint.TRUST, Endpoint.COVERAGE, Endpoint.PORTFOLIO, Endpoint.CSV, Endpoint.ROI,
                    Endpoint.GRAPHQL_READ, Endpoint.GRAPHQL_WRITE),
            "manager", Set.of(Endpoint.TRUST, Endpoint.COVERAGE, Endpoint.PORTFOLIO, Endpoint.CSV, Endpoint.SETTINGS_READ,
                    Endpoint.ROI, Endpoint.IMPORT_JOB, Endpoint.IMPORT_SUGGESTIONS, Endpoint.GRAPHQL_READ, Endpoint.GRAPHQL_WRITE),
            "admin", Set.of(Endpoint.values()),
            "integrator", Set.of(Endpoint.IMPORT_JOB, Endpoint.IMPORT_SUGGESTIONS),
            "partner", Set.of(Endpoint.ROI));

    private int call(Endpoint endpoint, String token) {
        var request = given().auth().oauth2(token);
        return switch (endpoint) {
            case TRUST -> request.get("/api/v1/stakeholders/" + stakeholder + "/trust").statusCode();
            case COVERAGE -> request.get("/api/v1/opportunities/" + opportunity + "/coverage").statusCode();
            case PORTFOLIO -> request.get("/api/v1/coverage").statusCode();
            case CSV -> request.get("/api/v1/opportunities/" + opportunity + "/decision-chain.csv").statusCode();
            case SETTINGS_READ -> request.get("/api/v1/settings/analytics").statusCode();
            case SETTINGS_WRITE -> request.contentType(ContentType.JSON).body("{}").put("/api/v1/settings/analytics").statusCode();
            case ROI -> request.contentType(ContentType.JSON).body(ROI_BODY).post("/api/v1/roi").statusCode();
            case IMPORT_JOB -> request.get("/api/v1/imports/" + importJob).statusCode();
            case IMPORT_SUGGESTIONS -> request.get("/api/v1/imports/review-suggestions").statusCode();
            case GRAPHQL_READ -> graphQLStatus(token, "{ accounts { totalCount } }");
            case GRAPHQL_WRITE -> graphQLStatus(token, "mutation { createAccount(input: {name: \"Role matrix\"}) { id } }");
        };
    }

    /** 403 when GraphQL answers FORBIDDEN, else 200 (for the matrix, GraphQL errors map to HTTP-like cells). */
    private static int graphQLStatus(String token, String document) {
        String code = GraphQL.post(token, document).statusCode(200).extract().path("errors[0].extensions.code");
        return "FORBIDDEN".equals(code) ? 403 : code == null ? 200 : 500;
    }

    @Test
    void eachRoleReachesOnlyItsEndpoints() {
        StringBuilder mismatches = new StringBuilder();
        for (var role : ALLOWED.entrySet()) {
            String token = KeycloakTokens.password(SHARED, "acme-" + role.getKey());
            for (Endpoint endpoint : Endpoint.values()) {
                int status = call(endpoint, token);
                boolean allowed = role.getValue().contains(endpoint);
                // an allowed write of an empty settings document may fail validation (400): still reached
                boolean reached = status == 200 || (endpoint == Endpoint.SETTINGS_WRITE && status == 400);
                if (allowed ? !reached : status != 403) {
                    mismatches.append(role.getKey()).append(" x ").append(endpoint).append(" -> ").append(status).append('\n');
                }
            }
        }
        assertEquals("", mismatches.toString());
    }
}
