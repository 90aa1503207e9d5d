package com.decisionchain.importing;

/** How much evidence {@link PersonMatcher} may merge on; each tier includes the ones before (answer key §5.4). */
public enum MatchTier {
    /** Vendor id, LinkedIn profile, e-mail. */
    EXACT_KEYS,
    /** Plus exact name at the same organisation or at the previous employer a row names. */
    NAMES_AT_COMPANY,
    /** Plus names equal after diacritic folding: the full DESIGN §5 matcher. */
    FOLDED_NAMES_AT_COMPANY
}
