package com.decisionchain.importing;

/** One data row of an export as the reader yields it, in file order: a person, or why the row was skipped. */
public sealed interface ImportRow permits ImportedPerson, RowError {

    /** Physical 1-based line where the row starts. */
    long line();
}
