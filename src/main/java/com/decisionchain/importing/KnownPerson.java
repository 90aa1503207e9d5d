package com.decisionchain.importing;

import java.util.List;
import java.util.Set;

/**
 * A person the import already knows: every row merged into them and every key they are known by.
 *
 * @param personId            stable within one {@link PeopleDirectory}
 * @param names               every name spelling seen (晓明 陈 and Xiaoming Chen; Bob and Robert Castellano)
 * @param emailKeys           {@link EmailAddresses#key}s, personal and work
 * @param linkedInKeys        {@link LinkedInUrls#profileKey}s
 * @param vendorKeys          source-qualified vendor ids
 * @param currentEmployment   the job the newest evidence shows; null when no source names one
 * @param previousEmployments jobs the person has left, oldest first
 * @param rows                the rows merged into this person, in import order
 */
public record KnownPerson(
        String personId,
        List<PersonName> names,
        Set<String> emailKeys,
        Set<String> linkedInKeys,
        Set<String> vendorKeys,
        Employment currentEmployment,
        List<Employment> previousEmployments,
        List<ImportedPerson> rows) {

    public KnownPerson {
        names = List.copyOf(names);
        emailKeys = Set.copyOf(emailKeys);
        linkedInKeys = Set.copyOf(linkedInKeys);
        vendorKeys = Set.copyOf(vendorKeys);
        previousEmployments = List.copyOf(previousEmployments);
        rows = List.copyOf(rows);
    }

    /** The current employer's organisation id, or null. */
    public String currentOrganisationId() {
        return currentEmployment == null ? null : currentEmployment.organisationId();
    }
}
