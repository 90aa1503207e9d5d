package com.decisionchain.contract;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import graphql.schema.GraphQLSchema;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The served API against what frontends and partners code against: the contract SDL, and the
 * committed SDL and OpenAPI documents. Run with {@code -Dapi.snapshots.update=true} to rewrite the
 * committed documents after an intended change, then review the diff.
 */
@QuarkusTest
class ApiContractTest {

    /** The contract files, each brought by the issue that introduced its part of the schema. */
    static final List<String> CONTRACT_FILES = List.of("contract/base.graphql", "contract/analytics.graphql",
            "contract/imports.graphql", "contract/roi.graphql");
    static final Path COMMITTED_SDL = Path.of("src/main/graphql/schema.graphql");
    static final Path COMMITTED_OPENAPI = Path.of("openapi/openapi.yaml");

    @Test
    void servedSchemaKeepsTheContract() throws IOException {
        String[] contract = new String[CONTRACT_FILES.size()];
        for (int i = 0; i < contract.length; i++) {
            contract[i] = resource(CONTRACT_FILES.get(i));
        }
        GraphQLSchema served = SchemaCompatibility.parse(servedSdl());
        List<String> problems = SchemaCompatibility.breakingChanges(SchemaCompatibility.parse(contract), served);
        assertEquals(List.of(), problems, "the served schema breaks the contract");
    }

    @Test
    void compatibilityCheckCatchesBreakingChanges() {
        GraphQLSchema contract = SchemaCompatibility.parse("type Query { a(x: Int = 20): String! b: [Int!] } enum E { ONE TWO }");
        GraphQLSchema broken = SchemaCompatibility.parse("type Query { a(x: Int!, y: Int!): String b: Int } enum E { ONE }");
        List<String> problems = SchemaCompatibility.breakingChanges(contract, broken);
        assertTrue(problems.contains("Query.a is String, contract says String!"), problems.toString());
        assertTrue(problems.contains("Query.a(x) is Int!"), problems.toString());
        assertTrue(problems.contains("Query.a(y) is a new required argument"), problems.toString());
        assertTrue(problems.contains("Query.b is Int, contract says [Int!]"), problems.toString());
        assertTrue(problems.contains("enum E lacks TWO"), problems.toString());
        GraphQLSchema compatible = SchemaCompatibility.parse(
                "type Query { a(x: Int = 20, z: Int): String! b: [Int!]! c: Int } enum E { ONE TWO THREE }");
        assertEquals(List.of(), SchemaCompatibility.breakingChanges(contract, compatible));
    }

    @Test
    void committedSdlMatchesTheServedSchema() throws IOException {
        assertSnapshot(COMMITTED_SDL, servedSdl());
    }

    @Test
    void committedOpenApiMatchesTheServedDocument() throws IOException {
        String served = given().when().get("/q/openapi").then().statusCode(200).extract().asString();
        assertSnapshot(COMMITTED_OPENAPI, served);
    }

    private static String servedSdl() {
        return given().when().get("/graphql/schema.graphql").then().statusCode(200).extract().asString();
    }

    private static void assertSnapshot(Path committed, String served) throws IOException {
        if (Boolean.getBoolean("api.snapshots.update")) {
            Files.createDirectories(committed.getParent());
            Files.writeString(committed, served, StandardCharsets.UTF_8);
        }
        assertTrue(Files.exists(committed), committed + " is not committed");
        assertEquals(Files.readString(committed, StandardCharsets.UTF_8), served,
                committed + " drifted from what the service serves; run the tests with -Dapi.snapshots.update=true "
                        + "and review the diff");
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = ApiContractTest.class.getClassLoader().getResourceAsStream(name)) {
            assertFalse(in == null, name + " is missing from the test resources");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
