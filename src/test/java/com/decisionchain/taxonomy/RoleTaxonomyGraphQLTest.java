package com.decisionchain.taxonomy;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.decisionchain.support.Fixtures;
import com.decisionchain.support.GraphQL;
import com.decisionchain.support.Tokens;

import io.quarkus.test.junit.QuarkusTest;

/** The default BUYING_CENTER taxonomy a new tenant starts with. */
@QuarkusTest
class RoleTaxonomyGraphQLTest {

    @Test
    void sixRolesWithLabelsAndStageWeightsSummingToOne() {
        var response = GraphQL.post(Tokens.of(Fixtures.newTenant(), "viewer"),
                "{ roleTaxonomy { key roles { key labelEn labelZh weights { stage weight } } } }")
                .body("errors", nullValue())
                .body("data.roleTaxonomy.key", equalTo("BUYING_CENTER"))
                .body("data.roleTaxonomy.roles.key",
                        contains("INITIATOR", "USER", "INFLUENCER", "DECISION_MAKER", "BUYER", "GATEKEEPER"))
                .body("data.roleTaxonomy.roles.labelEn",
                        contains("Initiator", "User", "Influencer", "Decision maker", "Buyer", "Gatekeeper"))
                .body("data.roleTaxonomy.roles.labelZh", contains("发起者", "使用者", "影响者", "决策者", "购买者", "守门人"))
                .body("data.roleTaxonomy.roles[3].weights.stage", contains("PROSPECTING", "DISCOVERY", "EVALUATION",
                        "NEGOTIATION", "CLOSED_WON", "CLOSED_LOST"))
                .extract();
        List<Map<String, Object>> roles = response.path("data.roleTaxonomy.roles");
        Map<String, BigDecimal> sums = new java.util.TreeMap<>();
        Map<String, Map<String, BigDecimal>> byRole = new java.util.HashMap<>();
        for (Map<String, Object> role : roles) {
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> weights = (List<Map<String, Object>>) role.get("weights");
            assertEquals(6, weights.size(), role.get("key") + " has a weight in every stage");
            for (Map<String, Object> weight : weights) {
                BigDecimal value = new BigDecimal(weight.get("weight").toString());
                sums.merge((String) weight.get("stage"), value, BigDecimal::add);
                byRole.computeIfAbsent((String) role.get("key"), key -> new java.util.HashMap<>())
                        .put((String) weight.get("stage"), value);
            }
        }
        assertEquals(6, sums.size());
        sums.forEach((stage, sum) -> assertEquals(0, sum.compareTo(BigDecimal.ONE), stage + " sums to " + sum));
        // DESIGN §2 table
        assertEquals(0, byRole.get("INITIATOR").get("PROSPECTING").compareTo(new BigDecimal("0.25")));
        assertEquals(0, byRole.get("INFLUENCER").get("EVALUATION").compareTo(new BigDecimal("0.25")));
        assertEquals(0, byRole.get("DECISION_MAKER").get("NEGOTIATION").compareTo(new BigDecimal("0.35")));
        assertEquals(0, byRole.get("BUYER").get("CLOSED_WON").compareTo(new BigDecimal("0.30")));
        assertEquals(0, byRole.get("GATEKEEPER").get("DISCOVERY").compareTo(new BigDecimal("0.10")));
    }
}
