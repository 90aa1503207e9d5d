package com.decisionchain.importing;

/** An automatic merge: the incoming row is the known person {@code personId}. */
public record PersonMatch(String personId, MatchBasis basis) {
}
