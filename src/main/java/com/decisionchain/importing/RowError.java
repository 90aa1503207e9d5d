package com.decisionchain.importing;

/**
 * A row the importer skips, with where and why.
 *
 * @param line    physical 1-based line where the row starts
 * @param column  header name of the offending column, or null when the whole row is at fault
 * @param code    stable code
 * @param message what is wrong, for people
 */
public record RowError(long line, String column, ImportErrorCode code, String message) implements ImportRow {
}
