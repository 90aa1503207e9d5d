package com.decisionchain.importing;

/** A row's employer found among the known organisations. */
public record CompanyMatch(String organisationId, CompanyMatchBasis basis) {
}
