package com.decisionchain.importing;

/**
 * A possible duplicate for a person to confirm; never merged automatically.
 *
 * @param personId   the known person the row may be
 * @param reason     the weak evidence
 * @param confidence 0..1, how likely the suggestion is right
 */
public record ReviewSuggestion(String personId, SuggestionReason reason, double confidence) {
}
