package com.decisionchain.importing;

/** One spelling of a person's name as a source wrote it; a merged person keeps every variant. */
public record PersonName(String firstName, String lastName) {
}
