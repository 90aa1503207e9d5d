package com.decisionchain.importing;

/** One problem of a job: a row (line, column) or the whole file (no line). */
public record ImportErrorView(Long line, String column, String code, String message) {
}
