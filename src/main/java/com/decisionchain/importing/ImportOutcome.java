package com.decisionchain.importing;

/**
 * What {@link PeopleDirectory#add} did with one row.
 *
 * @param row              the row
 * @param personId         the person it now belongs to
 * @param decision         the matcher's decision: a merge with its basis, or a new person with review suggestions
 * @param organisationId   the row's employer, canonical at the time of the call; null when it names none
 * @param employmentChange effect on the person's employment; {@link EmploymentChange#NONE} for a new person
 */
public record ImportOutcome(ImportedPerson row, String personId, MatchDecision decision, String organisationId,
                            EmploymentChange employmentChange) {

    /** True when the row founded a new person. */
    public boolean createdPerson() {
        return decision.match().isEmpty();
    }
}
