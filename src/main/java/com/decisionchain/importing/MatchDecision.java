package com.decisionchain.importing;

import java.util.List;
import java.util.Optional;

/**
 * What {@link PersonMatcher} decided for one incoming row: a merge, or a new person with possibly some
 * review suggestions (only ever without a merge).
 */
public record MatchDecision(Optional<PersonMatch> match, List<ReviewSuggestion> suggestions) {

    public MatchDecision {
        suggestions = List.copyOf(suggestions);
        if (match.isPresent() && !suggestions.isEmpty()) {
            throw new IllegalArgumentException("a merge comes without review suggestions");
        }
    }

    static MatchDecision merge(String personId, MatchBasis basis) {
        return new MatchDecision(Optional.of(new PersonMatch(personId, basis)), List.of());
    }

    static MatchDecision newPerson(List<ReviewSuggestion> suggestions) {
        return new MatchDecision(Optional.empty(), suggestions);
    }
}
