package com.decisionchain.roi;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.decisionchain.support.GraphQL;

import com.decisionchain.support.Tokens;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class RoiScenarioGraphQLTest {

    private static final String ARTICLE = """
            {"currency": "CNY", "initialCost": 1000000, "annualBenefit": 300000, "years": 5, "discountRate": 0.08}""";
    private static final String SAVE = """
            mutation($opportunityId: ID!, $name: String!, $request: String!) {
              saveRoiScenario(opportunityId: $opportunityId, name: $name, request: $request) { id name request result createdAt }
            }""";

    private final String tenant = "roi-gql-" + UUID.randomUUID().toString().substring(0, 8);
    private final String rep = Tokens.of(tenant, "rep");
    private String accountId;
    private String opportunityId;
    private String stakeholderId;

    @BeforeEach
    void aDealWithOneStakeholder() {
        accountId = GraphQL.post(rep, "mutation { createAccount(input: {name: \"E-Shop\", externalIds: []}) { id } }")
                .body("errors", nullValue()).extract().path("data.createAccount.id");
        opportunityId = GraphQL.post(rep, "mutation { createOpportunity(input: {accountId: \"" + accountId
                + "\", name: \"Platform\"}) { id } }").body("errors", nullValue()).extract().path("data.createOpportunity.id");
        stakeholderId = GraphQL.post(rep, "mutation { createStakeholder(input: {accountId: \"" + accountId
                + "\", fullName: \"Li CFO\", title: \"CFO\"}) { id } }")
                .body("errors", nullValue()).extract().path("data.createStakeholder.id");
    }

    private String save(String token, String opportunity, String name, String request) {
        return GraphQL.post(token, SAVE, Map.of("opportunityId", opportunity, "name", name, "request", request))
                .statusCode(200)
                .body("errors", nullValue())
                .extract().path("data.saveRoiScenario.id");
    }

    @Test
    void savesTheArticleScenarioAndListsItOnTheOpportunity() {
        GraphQL.post(rep, SAVE, Map.of("opportunityId", opportunityId, "name", "Article case", "request", ARTICLE))
                .body("errors", nullValue())
                .body("data.saveRoiScenario.name", equalTo("Article case"))
                .body("data.saveRoiScenario.result", containsString("\"roiPercent\":50.00"))
                .body("data.saveRoiScenario.result", containsString("\"npv\":197813.01"))
                .body("data.saveRoiScenario.result", containsString("\"paybackMonths\":40"))
                .body("data.saveRoiScenario.request", containsString("\"discountRate\":0.08"))
                .body("data.saveRoiScenario.createdAt", notNullValue());
        String second = save(rep, opportunityId, "Slower ramp-up", """
                {"currency": "CNY", "initialCost": 1000000, "annualBenefit": 300000, "years": 5, "rampUp": [0.5]}""");

        GraphQL.post(Tokens.of(tenant, "viewer"), "{ opportunity(id: \"" + opportunityId
                + "\") { roiScenarios { id name result } } }")
                .body("errors", nullValue())
                .body("data.opportunity.roiScenarios", hasSize(2))
                .body("data.opportunity.roiScenarios[0].id", equalTo(second))
                .body("data.opportunity.roiScenarios.name", hasItem("Article case"));
    }

    @Test
    void roiScenariosAreBatchedAcrossOpportunities() {
        String otherDeal = GraphQL.post(rep, "mutation { createOpportunity(input: {accountId: \"" + accountId
                + "\", name: \"Second deal\"}) { id } }").extract().path("data.createOpportunity.id");
        save(rep, opportunityId, "A", ARTICLE);
        save(rep, otherDeal, "B", ARTICLE);
        GraphQL.post(rep, "{ opportunities(first: 10) { edges { node { id roiScenarios { name } } } } }")
                .body("errors", nullValue())
                .body("data.opportunities.edges", hasSize(2))
                .body("data.opportunities.edges.node.roiScenarios.flatten().name", hasItem("A"))
                .body("data.opportunities.edges.node.roiScenarios.flatten().name", hasItem("B"));
    }

    @Test
    void anInvalidRequestIsAValidationErrorNamingTheMember() {
        GraphQL.post(rep, SAVE, Map.of("opportunityId", opportunityId, "name", "Bad", "request", """
                {"currency": "CNY", "initialCost": 1000, "annualBenefit": 300, "years": 31}"""))
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("VALIDATION_FAILED"))
                .body("errors[0].extensions.errors[0].field", equalTo("request.years"));
        GraphQL.post(rep, SAVE, Map.of("opportunityId", opportunityId, "name", "Bad", "request", "{nope"))
                .body("errors[0].extensions.code", equalTo("VALIDATION_FAILED"))
                .body("errors[0].extensions.errors[0].field", equalTo("request"));
        GraphQL.post(rep, SAVE, Map.of("opportunityId", opportunityId, "name", " ", "request", ARTICLE))
                .body("errors[0].extensions.code", equalTo("VALIDATION_FAILED"))
                .body("errors[0].extensions.errors[0].field", equalTo("name"));
        GraphQL.post(rep, "{ opportunity(id: \"" + opportunityId + "\") { roiScenarios { id } } }")
                .body("data.opportunity.roiScenarios", hasSize(0));
    }

    @Test
    void anotherTenantsOpportunityIsNotFound() {
        save(rep, opportunityId, "Ours", ARTICLE);
        String intruder = Tokens.of(tenant + "-other", "admin");
        GraphQL.post(intruder, SAVE, Map.of("opportunityId", opportunityId, "name", "Theirs", "request", ARTICLE))
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("NOT_FOUND"));
        GraphQL.post(intruder, SAVE, Map.of("opportunityId", UUID.randomUUID().toString(), "name", "X", "request", ARTICLE))
                .body("errors[0].extensions.code", equalTo("NOT_FOUND"));
        GraphQL.post(intruder, "{ opportunity(id: \"" + opportunityId + "\") { roiScenarios { id } } }")
                .body("data.opportunity", nullValue());
    }

    @Test
    void partnersComputeButDoNotSave() {
        GraphQL.post(Tokens.of(tenant, "partner"), SAVE,
                Map.of("opportunityId", opportunityId, "name", "Partner", "request", ARTICLE))
                .body("errors[0].extensions.code", equalTo("FORBIDDEN"));
    }

    private static final String LOG = """
            mutation($input: InteractionInput!) { logInteraction(input: $input) { id assets roiScenario { id name } } }""";

    private Map<String, Object> delivery(String scenarioId, String... assets) {
        return Map.of("input", Map.of("opportunityId", opportunityId, "channel", "EMAIL", "direction", "OUTBOUND",
                "occurredAt", "2026-03-02T09:00:00Z", "assets", java.util.List.of(assets),
                "participants", java.util.List.of(Map.of("stakeholderId", stakeholderId)),
                "roiScenarioId", scenarioId));
    }

    @Test
    void anInteractionDeliversASavedScenarioAsItsRoiModel() {
        String scenarioId = save(rep, opportunityId, "For the CFO", ARTICLE);
        GraphQL.post(rep, LOG, delivery(scenarioId, "ROI_MODEL", "CASE_STUDY"))
                .body("errors", nullValue())
                .body("data.logInteraction.roiScenario.id", equalTo(scenarioId))
                .body("data.logInteraction.roiScenario.name", equalTo("For the CFO"));
        GraphQL.post(rep, "{ opportunity(id: \"" + opportunityId
                + "\") { interactions { edges { node { roiScenario { id } } } } } }")
                .body("errors", nullValue())
                .body("data.opportunity.interactions.edges[0].node.roiScenario.id", equalTo(scenarioId));
    }

    @Test
    void aDeliveredScenarioNeedsTheRoiModelAssetAndMustBeOurs() {
        String scenarioId = save(rep, opportunityId, "For the CFO", ARTICLE);
        GraphQL.post(rep, LOG, delivery(scenarioId, "CASE_STUDY"))
                .body("errors[0].extensions.code", equalTo("VALIDATION_FAILED"))
                .body("errors[0].extensions.errors[0].field", equalTo("input.roiScenarioId"));

        String otherTenant = tenant + "-x";
        String otherRep = Tokens.of(otherTenant, "rep");
        String theirAccount = GraphQL.post(otherRep, "mutation { createAccount(input: {name: \"Else\", externalIds: []}) { id } }")
                .extract().path("data.createAccount.id");
        String theirDeal = GraphQL.post(otherRep, "mutation { createOpportunity(input: {accountId: \"" + theirAccount
                + "\", name: \"D\"}) { id } }").extract().path("data.createOpportunity.id");
        String theirScenario = save(otherRep, theirDeal, "Theirs", ARTICLE);
        GraphQL.post(rep, LOG, delivery(theirScenario, "ROI_MODEL"))
                .body("errors[0].extensions.code", equalTo("NOT_FOUND"));

        GraphQL.post(rep, "{ opportunity(id: \"" + opportunityId + "\") { interactions { totalCount } } }")
                .body("data.opportunity.interactions.totalCount", equalTo(0));
    }
}
