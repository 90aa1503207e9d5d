package com.decisionchain.importing;

import java.util.List;
import java.util.Optional;

/**
 * Lookups {@link PersonMatcher} needs over the people already known, each by a normalised key. Snapshots
 * carry canonical organisation ids.
 */
public interface KnownPeople {

    Optional<KnownPerson> byVendorKey(String vendorKey);

    Optional<KnownPerson> byLinkedInKey(String profileKey);

    Optional<KnownPerson> byEmailKey(String emailKey);

    /** People with a name variant whose {@link PersonNames#exactKey} is {@code exactKey}. */
    List<KnownPerson> byExactName(String exactKey);

    /** People with a name variant whose {@link PersonNames#foldedKey} is {@code foldedKey}. */
    List<KnownPerson> byFoldedName(String foldedKey);

    /** People with a name variant whose {@link PersonNames#latinReadingKey} is {@code readingKey}. */
    List<KnownPerson> byLatinReading(String readingKey);

    /**
     * Like {@link #byLatinReading}, but empty unless some known name in the other script than the incoming
     * one (Han or not) has that reading: only such people can be cross-script candidates.
     */
    default List<KnownPerson> byLatinReadingAcrossScripts(String readingKey, boolean incomingHan) {
        return byLatinReading(readingKey);
    }
}
