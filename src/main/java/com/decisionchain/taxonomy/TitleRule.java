package com.decisionchain.taxonomy;

import java.util.regex.Pattern;

/**
 * One row of the title taxonomy.
 *
 * @param line       physical line in the taxonomy file; the rule's stable id while the file is unchanged
 * @param pattern    the compiled {@code pattern} column
 * @param language   {@code en}, {@code de}, {@code zh-Hans}, {@code zh-Hant}; documents the rule, does not gate it
 * @param role       role the title suggests
 * @param seniority  seniority the title implies
 * @param department department the title implies; null for the taxonomy's {@code Any}
 * @param confidence 0..1
 * @param notes      the taxonomy's own remarks, mostly about rule order
 */
public record TitleRule(int line, Pattern pattern, String language, BuyingRole role, Seniority seniority,
                        String department, double confidence, String notes) {

    /** The regular expression as written in the taxonomy. */
    public String patternText() {
        return pattern.pattern();
    }
}
