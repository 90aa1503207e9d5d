package com.decisionchain.importing;

import java.util.ArrayList;
import java.util.List;

/**
 * The normalised keys one row is matched and indexed by, worked out once per row: matching and indexing
 * both need them, and normalising names and URLs costs more than looking the keys up.
 *
 * @param vendorKey    {@link ImportedPerson#vendorKey}
 * @param linkedInKey  {@link LinkedInUrls#profileKey}
 * @param emailKeys    {@link EmailAddresses#key} of each valid address, in column order
 * @param exactName    {@link PersonNames#exactKey}
 * @param foldedName   {@link PersonNames#foldedKey}
 * @param latinReading {@link PersonNames#latinReadingKey}
 * @param han          {@link PersonNames#isHan}
 */
record PersonKeys(String vendorKey, String linkedInKey, List<String> emailKeys, String exactName, String foldedName,
                  String latinReading, boolean han) {

    static PersonKeys of(ImportedPerson row) {
        List<String> emailKeys = new ArrayList<>(row.emails().size());
        for (String email : row.emails()) {
            String key = EmailAddresses.key(email);
            if (key != null) {
                emailKeys.add(key);
            }
        }
        return new PersonKeys(row.vendorKey(), LinkedInUrls.profileKey(row.linkedInUrl()), emailKeys,
                PersonNames.exactKey(row.firstName(), row.lastName()), PersonNames.foldedKey(row.firstName(), row.lastName()),
                PersonNames.latinReadingKey(row.firstName(), row.lastName()), PersonNames.isHan(row.firstName(), row.lastName()));
    }
}
