package com.decisionchain.taxonomy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import com.decisionchain.opportunity.OpportunityStage;

/**
 * The default BUYING_CENTER taxonomy: the six roles of the decision chain with English and Chinese
 * labels and the coverage weight of each role in each stage (every stage's weights sum to 1).
 */
public final class DefaultRoleTaxonomy {

    public static final String KEY = "BUYING_CENTER";

    public record RoleTemplate(String key, String labelEn, String labelZh, Map<OpportunityStage, BigDecimal> weights) {
    }

    private static final String[] ROLE_ORDER = { "INITIATOR", "USER", "INFLUENCER", "DECISION_MAKER", "BUYER", "GATEKEEPER" };
    private static final String[][] LABELS = {
        { "Initiator", "发起者" }, { "User", "使用者" }, { "Influencer", "影响者" },
        { "Decision maker", "决策者" }, { "Buyer", "购买者" }, { "Gatekeeper", "守门人" } };
    /** Rows: early stages (PROSPECTING, DISCOVERY), EVALUATION, late stages (NEGOTIATION and closed). */
    private static final String[][] WEIGHTS = {
        { "0.25", "0.20", "0.20", "0.20", "0.05", "0.10" },
        { "0.10", "0.20", "0.25", "0.25", "0.10", "0.10" },
        { "0.05", "0.10", "0.15", "0.35", "0.30", "0.05" } };

    public static final List<RoleTemplate> ROLES = build();

    private DefaultRoleTaxonomy() {
    }

    private static List<RoleTemplate> build() {
        return java.util.stream.IntStream.range(0, ROLE_ORDER.length).mapToObj(role -> {
            Map<OpportunityStage, BigDecimal> weights = new java.util.EnumMap<>(OpportunityStage.class);
            for (OpportunityStage stage : OpportunityStage.values()) {
                weights.put(stage, new BigDecimal(WEIGHTS[stageRow(stage)][role]));
            }
            return new RoleTemplate(ROLE_ORDER[role], LABELS[role][0], LABELS[role][1], Map.copyOf(weights));
        }).toList();
    }

    private static int stageRow(OpportunityStage stage) {
        return switch (stage) {
            case PROSPECTING, DISCOVERY -> 0;
            case EVALUATION -> 1;
            case NEGOTIATION, CLOSED_WON, CLOSED_LOST -> 2;
        };
    }
}
