package com.decisionchain.importing;

import com.decisionchain.taxonomy.RoleInference;

/** How a role suggestion names the rule that produced it. */
final class RoleSuggestions {

    private RoleSuggestions() {
    }

    /** {@code taxonomy line 12: \bcpo\b} for a title rule, {@code vendor seniority} for the fallback. */
    static String ruleText(RoleInference inference) {
        String text = inference.rule() == null
                ? "vendor seniority " + inference.seniority().name()
                : "taxonomy line " + inference.rule().line() + ": " + inference.rule().patternText();
        return text.length() > 500 ? text.substring(0, 500) : text;
    }
}
