package com.decisionchain.taxonomy;

/**
 * A role suggested from a title: always {@code INFERRED} evidence, never a confirmed role (DESIGN §5).
 *
 * @param role       suggested role
 * @param seniority  seniority the rule implies, or the vendor's
 * @param department department the rule implies; null when it does not say
 * @param confidence 0..1
 * @param source     a title rule or the vendor seniority fallback
 * @param rule       the rule that fired; null for the fallback
 */
public record RoleInference(BuyingRole role, Seniority seniority, String department, double confidence,
                            InferenceSource source, TitleRule rule) {
}
